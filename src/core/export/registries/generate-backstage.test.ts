import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { validateBackstage } from "../../../../test/etcd/validate-backstage";
import { emptyDesign } from "../../model/elements";
import { mallGoTemplate } from "../../templates/mall-go";
import { BACKSTAGE_DEFAULT_OWNER, generateBackstage, listBackstageEntities, type BackstageEntity } from "./generate-backstage";

const BACKSTAGE_NAME = /^[a-zA-Z0-9]+([-_.][a-zA-Z0-9]+)*$/;

function parse(content: string): BackstageEntity[] {
  const docs = parseAllDocuments(content);
  for (const d of docs) expect(d.errors).toEqual([]);
  return docs.map((d) => d.toJS() as BackstageEntity);
}

describe("generateBackstage on mall-go", () => {
  const out = generateBackstage(mallGoTemplate());
  const entities = parse(out.content);
  const get = (kind: string, name: string) => entities.find((e) => e.kind === kind && e.metadata.name === name)!;

  it("matches the reviewed catalog file", async () => {
    await expect(out.content).toMatchFileSnapshot("./__snapshots__/mall-go.catalog-info.yaml");
  });

  it("parses back to exactly the intended entities", () => {
    expect(entities).toEqual(listBackstageEntities(mallGoTemplate()).entities);
  });

  it("has a Domain per context, one System, a Component per service and a Resource per database and broker", () => {
    const count = (kind: string) => entities.filter((e) => e.kind === kind).length;
    expect([count("Domain"), count("System"), count("Component"), count("Resource")]).toEqual([7, 1, 10, 6]);
  });

  it("passes Backstage's own catalog policies and kind validators, with every ref resolving in the file", async () => {
    await expect(validateBackstage(entities)).resolves.toBeUndefined();
  });

  it("is refused by that validation when a name or ref is wrong", async () => {
    const badName = structuredClone(entities);
    badName[0]!.metadata.name = "bad name";
    await expect(validateBackstage(badName)).rejects.toThrow();
    const badRef = structuredClone(entities);
    badRef.find((e) => e.kind === "Component")!.spec.dependsOn = ["resource:default/nowhere"];
    await expect(validateBackstage(badRef)).rejects.toThrow(/not in the file/);
  });

  it("gives every entity a valid Backstage name", () => {
    for (const e of entities) expect(e.metadata.name).toMatch(BACKSTAGE_NAME);
  });

  it("derives dependsOn from calls, data access and published and subscribed brokers", () => {
    expect(get("Component", "order-service").spec.dependsOn).toEqual([
      "component:default/inventory-service",
      "component:default/cart-service",
      "resource:default/order-db",
      "resource:default/events",
    ]);
    expect(get("Component", "notification-service").spec.dependsOn).toEqual(["resource:default/events"]);
  });

  it("owns services by team and falls back to a default owner with a caveat", () => {
    expect(get("Component", "inventory-service").spec.owner).toBe("group:default/fulfilment");
    expect(get("Resource", "events").spec.owner).toBe(BACKSTAGE_DEFAULT_OWNER);
    expect(out.caveats.find((c) => c.message.startsWith("No team owns"))?.elements).toEqual(["events"]);
  });

  it("keeps display names and descriptions as plain strings", () => {
    expect(get("Domain", "logistics").metadata.title).toBe("Shipping & Logistics");
    expect(get("Resource", "search-index")).toMatchObject({ metadata: { title: "product search" }, spec: { type: "database", system: "mall-go" } });
    expect(get("Resource", "events").spec.type).toBe("message-broker");
  });

  it("says that gateways are left to the gateway targets", () => {
    expect(out.caveats.some((c) => c.elements.includes("api-gateway"))).toBe(true);
  });
});

describe("generateBackstage names", () => {
  it("collapses doubled and trailing separators and keeps names unique", () => {
    const design = { ...emptyDesign("***"), services: [{ id: "x--y", name: "x" }, { id: "x-y", name: "y" }, { id: "z.", name: "z" }], tags: [] };
    const { entities, caveats } = listBackstageEntities(design);
    const names = entities.filter((e) => e.kind === "Component").map((e) => e.metadata.name);
    expect(names).toEqual(["x-y-2", "x-y", "z"]);
    expect(entities.find((e) => e.kind === "System")!.metadata).toMatchObject({ name: "seams-design", title: "***" });
    expect(caveats.filter((c) => c.message.includes("not a valid Backstage entity name"))).toHaveLength(2);
    return validateBackstage(entities);
  });

  it("rewrites tags to Backstage's tag rule and says so", () => {
    const design = { ...emptyDesign(), services: [{ id: "s", name: "s", tags: ["Go", "v1", "no", "a b"] }] };
    const { entities, caveats } = listBackstageEntities(design);
    expect(entities.find((e) => e.kind === "Component")!.metadata.tags).toEqual(["go", "v1", "no", "a-b"]);
    expect(caveats.some((c) => c.elements[0] === "s" && c.message.includes("tags"))).toBe(true);
  });
});
