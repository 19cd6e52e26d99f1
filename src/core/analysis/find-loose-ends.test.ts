import { describe, expect, it } from "vitest";
import type { Design } from "../model/schema";
import { databaseUsers } from "./find-shared-databases";
import { findLooseEnds } from "./find-loose-ends";
import { gatherFacts } from "./gather-facts";
import { sketchDesign, type Sketch } from "./sketch-design";

const looseEnds = (sketch: Sketch) => {
  const facts = gatherFacts(sketchDesign(sketch));
  return findLooseEnds(facts, new Set(databaseUsers(facts).keys()));
};
const codes = (sketch: Sketch) => looseEnds(sketch).map((f) => `${f.code} ${f.elements.join(",")}`);

describe("findLooseEnds", () => {
  it("flags a service nothing routes to, calls, messages or subscribes", () => {
    expect(codes({ gateways: ["gw"], services: ["a", "b", "c", "job"], brokers: ["bus"], flows: ["gw -> a", "a -> b", "b ~> bus", "bus ~> c", "job -> a"] })).toEqual(["orphan-service job"]);
  });

  it("flags a broker with producers and no consumers, and one with consumers and no producers", () => {
    expect(codes({ gateways: ["gw"], services: ["a"], brokers: ["out"], flows: ["gw -> a", "a ~> out E"] })).toEqual(["broker-without-consumers out,a"]);
    expect(codes({ gateways: ["gw"], services: ["a"], brokers: ["in"], flows: ["gw -> a", "in ~> a E"] })).toEqual(["broker-without-producers in,a"]);
  });

  it("flags an event nobody publishes (warning) and one nobody takes (info)", () => {
    const found = looseEnds({ services: ["a", "b"], brokers: ["bus"], flows: ["a ~> bus Made", "a ~> bus Lost", "bus ~> b Made", "bus ~> b Typo"] });
    expect(found.map((f) => [f.code, f.severity, f.event])).toEqual([
      ["orphan-service", "warning", undefined],
      ["event-without-producers", "warning", "Typo"],
      ["event-without-consumers", "info", "Lost"],
    ]);
  });

  it("lets a flow without an event name match every event on its broker", () => {
    expect(looseEnds({ gateways: ["gw"], services: ["a", "b"], brokers: ["bus"], flows: ["gw -> a", "a ~> bus", "bus ~> b Anything", "bus ~> b"] })).toEqual([]);
  });

  it("flags a gateway without routes and a database nobody uses", () => {
    expect(codes({ gateways: ["gw"], databases: ["db"] })).toEqual(["gateway-without-routes gw", "unused-database db"]);
  });

  it("finds nothing loose in an empty design", () => {
    const empty: Design = sketchDesign({});
    expect(findLooseEnds(gatherFacts(empty), new Set())).toEqual([]);
  });
});
