import { describe, expect, it } from "vitest";
import { findSharedDatabases } from "./find-shared-databases";
import { gatherFacts } from "./gather-facts";
import { sketchDesign } from "./sketch-design";

const services = [{ id: "cart", context: "ordering" }, { id: "order", context: "ordering" }, { id: "stock", context: "inventory" }, "loose"];
const sharedOf = (flows: string[]) => findSharedDatabases(gatherFacts(sketchDesign({ contexts: ["ordering", "inventory"], services, databases: ["db"], flows })));

describe("findSharedDatabases", () => {
  it("warns about a database two services of one context use", () => {
    const [f] = sharedOf(["cart -> db", "order -> db"]);
    expect(f).toMatchObject({ code: "shared-database", severity: "warning", database: "db", elements: ["db", "cart", "order"], flows: ["cart-db", "order-db"] });
  });

  it("makes it an error when the users sit in different bounded contexts", () => {
    const [f] = sharedOf(["cart -> db", "stock -> db"]);
    expect(f).toMatchObject({ severity: "error", contexts: ["ordering", "inventory"] });
    expect(f!.message).toContain("across bounded contexts");
  });

  it("does not count a service without a context as another context", () => {
    expect(sharedOf(["cart -> db", "loose -> db"])[0]!.severity).toBe("warning");
  });

  it("leaves a database with one user, however many flows, alone", () => {
    expect(sharedOf(["cart -> db", "cart -> db"])).toEqual([]);
  });
});
