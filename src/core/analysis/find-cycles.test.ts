import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Design } from "../model/schema";
import { analyzeDependencies, findCycles } from "./find-cycles";
import { gatherFacts } from "./gather-facts";
import { sketchDesign } from "./sketch-design";
import type { Finding } from "./types";

const cyclesOf = (design: Design): Finding[] => {
  const facts = gatherFacts(design);
  return findCycles(facts, analyzeDependencies(facts));
};

const ring = (ids: string[], arrow = "->") => ids.map((id, i) => `${id} ${arrow} ${ids[(i + 1) % ids.length]}`);

describe("findCycles", () => {
  it("reports two services calling each other as one error with both services and both flows", () => {
    const [f, ...rest] = cyclesOf(sketchDesign({ services: ["a", "b"], flows: ["a -> b", "b -> a"] }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: "circular-dependency", severity: "error", elements: ["a", "b"], cycle: ["a", "b", "a"], flows: ["a-b", "b-a"] });
    expect(f!.message).toContain("a -> b -> a");
    expect(f!.message).toMatch(/events.*local copy.*extract a service/);
  });

  it("gives a ring of five the closed path through all five in call order", () => {
    const ids = ["s1", "s2", "s3", "s4", "s5"];
    const [f] = cyclesOf(sketchDesign({ services: ids, flows: ring(ids) }));
    expect(f!.cycle).toEqual([...ids, "s1"]);
    expect(f!.flows).toEqual(["s1-s2", "s2-s3", "s3-s4", "s4-s5", "s5-s1"]);
  });

  it("names all three contexts of a cycle that spans them", () => {
    const design = sketchDesign({
      contexts: ["identity", "ordering", "payments"],
      services: [{ id: "user", context: "identity" }, { id: "order", context: "ordering" }, { id: "pay", context: "payments" }],
      flows: ring(["user", "order", "pay"]),
    });
    const [f] = cyclesOf(design);
    expect(f!.severity).toBe("error");
    expect(f!.contexts).toEqual(["identity", "ordering", "payments"]);
  });

  it("tells a sync cycle (error) apart from a separate event loop (warning) in one design", () => {
    const design = sketchDesign({
      services: ["a", "b", "c", "d"],
      brokers: ["bus"],
      flows: ["a -> b", "b -> a", "c ~> bus Asked", "bus ~> d Asked", "d ~> bus Answered", "bus ~> c Answered"],
    });
    const found = cyclesOf(design);
    expect(found.map((f) => [f.severity, f.elements])).toEqual(
      expect.arrayContaining([
        ["error", ["a", "b"]],
        ["warning", ["c", "d"]],
      ]),
    );
    expect(found).toHaveLength(2);
    const loop = found.find((f) => f.severity === "warning")!;
    // Through the broker, each hop highlights its subscribe and its publish flow.
    expect(new Set(loop.flows)).toEqual(new Set(["bus-d", "c-bus", "bus-c", "d-bus"]));
    expect(loop.message).toMatch(/^Event loop/);
  });

  it("makes an SCC an error when a sync cycle lives inside it, and shows that sync cycle", () => {
    const design = sketchDesign({ services: ["a", "b", "c"], flows: ["a -> b", "b -> a", "b -> c", "c ~> a"] });
    // c messages a: a -> b -> c -> a is one component with an async edge too.
    const [f] = cyclesOf(design);
    expect(f!.severity).toBe("error");
    expect(f!.elements.sort()).toEqual(["a", "b", "c"]);
    expect(f!.cycle).toEqual(["a", "b", "a"]);
  });

  it("matches event names: a consumer hears only the producers of the event it takes", () => {
    const flows = ["a ~> bus Created", "bus ~> b Created", "b ~> bus Paid"];
    expect(cyclesOf(sketchDesign({ services: ["a", "b"], brokers: ["bus"], flows: [...flows, "bus ~> a Shipped"] }))).toEqual([]);
    expect(cyclesOf(sketchDesign({ services: ["a", "b"], brokers: ["bus"], flows: [...flows, "bus ~> a Paid"] }))).toHaveLength(1);
  });

  it("connects a flow that names no event to everything on its broker", () => {
    const design = sketchDesign({ services: ["a", "b"], brokers: ["bus"], flows: ["a ~> bus Created", "bus ~> b Created", "b ~> bus", "bus ~> a Whatever"] });
    expect(cyclesOf(design)[0]).toMatchObject({ severity: "warning", cycle: ["a", "b", "a"] });
  });

  it("keeps brokers apart: the same event name on another broker is another event", () => {
    const design = sketchDesign({ services: ["a", "b"], brokers: ["one", "two"], flows: ["a ~> one E", "one ~> b E", "b ~> two E", "one ~> a E"] });
    // b publishes E on "two", a subscribes to E on "one": a hears only itself, not b.
    expect(cyclesOf(design)).toEqual([]);
  });

  it("follows the arrows: calling a service and consuming its events is a loop, publishing to it is not", () => {
    expect(cyclesOf(sketchDesign({ services: ["a", "b"], brokers: ["bus"], flows: ["a -> b", "b ~> bus E", "bus ~> a E"] }))).toHaveLength(1);
    expect(cyclesOf(sketchDesign({ services: ["a", "b"], brokers: ["bus"], flows: ["a -> b", "a ~> bus E", "bus ~> b E"] }))).toEqual([]);
  });

  it("does not count a service consuming its own events as a cycle", () => {
    expect(cyclesOf(sketchDesign({ services: ["a"], brokers: ["bus"], flows: ["a ~> bus E", "bus ~> a E"] }))).toEqual([]);
  });

  it("closes a cycle through another service, never through a service's own event", () => {
    // s0 takes E from itself and from s2, and calls s2: the loop is s0 -> s2 -> s0.
    const design = sketchDesign({ services: ["s0", "s2"], brokers: ["bus"], flows: ["s0 -> s2", "s0 ~> bus E", "s2 ~> bus E", "bus ~> s0 E"] });
    const [f] = cyclesOf(design);
    expect(f!.cycle).toEqual(["s0", "s2", "s0"]);
    expect(f!.flows).toEqual(["s0-s2", "s2-bus", "bus-s0"]);
  });

  it("ignores database access and gateway routes", () => {
    const design = sketchDesign({ services: ["a", "b"], databases: ["db"], gateways: ["gw"], flows: ["a -> db", "b -> db", "gw -> a", "gw -> b"] });
    expect(cyclesOf(design)).toEqual([]);
  });

  it("finds a 10,000-service call ring without overflowing the stack", () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `s${i}`);
    const [f] = cyclesOf(sketchDesign({ services: ids, flows: ring(ids) }));
    expect(f!.cycle).toHaveLength(10_001);
  });

  it("never reports a cycle in a design whose arrows only point one way", () => {
    // Edges (i, j) with i < j, each an arrow from i to j: a call, a message, or
    // i publishing an event only j subscribes to.
    const edges = fc.array(fc.tuple(fc.nat(9), fc.nat(9), fc.constantFrom("call", "message", "event")), { maxLength: 30 });
    fc.assert(
      fc.property(edges, (list) => {
        const flows = list
          .filter(([i, j]) => i !== j)
          .map(([x, y, how]) => {
            const [i, j] = x < y ? [x, y] : [y, x];
            if (how === "call") return [`s${i} -> s${j}`];
            if (how === "message") return [`s${i} ~> s${j}`];
            return [`s${i} ~> bus E${i}`, `bus ~> s${j} E${i}`];
          })
          .flat();
        const design = sketchDesign({ services: Array.from({ length: 10 }, (_, i) => `s${i}`), brokers: ["bus"], flows });
        expect(cyclesOf(design)).toEqual([]);
      }),
    );
  });

  it("reports a cycle exactly when two services reach each other, with every cycle step a drawn connection", () => {
    const kinds = fc.constantFrom("call", "message", "publish", "subscribe");
    const flowsArb = fc.array(fc.tuple(fc.nat(5), fc.nat(5), kinds, fc.constantFrom("E", "F", undefined)), { maxLength: 14 });
    fc.assert(
      fc.property(flowsArb, (list) => {
        const flows = list.flatMap(([a, b, how, ev]) => {
          const e = ev ? ` ${ev}` : "";
          if (how === "publish") return [`s${a} ~> bus${e}`];
          if (how === "subscribe") return [`bus ~> s${a}${e}`];
          if (a === b) return [];
          return [how === "call" ? `s${a} -> s${b}` : `s${a} ~> s${b}`];
        });
        const design = sketchDesign({ services: Array.from({ length: 6 }, (_, i) => `s${i}`), brokers: ["bus"], flows });
        // Brute force: explicit service -> service arrows, broker hops expanded.
        const deps = new Set<string>();
        const fl = design.flows!;
        for (const f of fl) {
          if (f.from.startsWith("s") && f.to.startsWith("s")) deps.add(`${f.from} ${f.to}`);
          if (f.to === "bus")
            for (const g of fl)
              if (g.from === "bus" && (f.event === undefined || g.event === undefined || f.event === g.event) && g.to !== f.from) deps.add(`${f.from} ${g.to}`);
        }
        const reach = (x: string, y: string) => {
          const seen = new Set([x]);
          const todo = [x];
          while (todo.length) {
            const v = todo.pop()!;
            for (const d of deps) {
              const [p, q] = d.split(" ") as [string, string];
              if (p === v && !seen.has(q)) seen.add(q) && todo.push(q);
            }
          }
          return seen.has(y);
        };
        const ids = design.services!.map((s) => s.id);
        const tangled = ids.filter((a) => ids.some((b) => a !== b && reach(a, b) && reach(b, a)));
        const found = cyclesOf(design);
        expect(found.flatMap((f) => f.elements).sort()).toEqual(tangled.sort());
        for (const f of found) {
          const c = f.cycle!;
          expect(c[0]).toBe(c[c.length - 1]);
          for (let i = 0; i + 1 < c.length; i++) expect(deps.has(`${c[i]} ${c[i + 1]}`)).toBe(true);
          if (f.severity === "error")
            for (let i = 0; i + 1 < c.length; i++) expect(fl.some((x) => x.kind === "sync" && x.from === c[i] && x.to === c[i + 1])).toBe(true);
        }
      }),
    );
  });
});
