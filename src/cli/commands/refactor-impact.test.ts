import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeDesign } from "../../core/analysis/analyze-design";
import { loadDesign } from "../../core/load/load-design";
import { circularTemplate } from "../../core/templates/circular";
import { mallGoTemplate } from "../../core/templates/mall-go";

const root = path.resolve(import.meta.dirname, "../../..");
function seams(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "src/cli/main.ts"), ...args], { cwd: root, input, encoding: "utf8", timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const circular = JSON.stringify(circularTemplate());

describe("seams refactor", () => {
  it("lists the refactorings as JSON with the counts before and after, the same ids on every run", () => {
    const r = seams(["refactor", "-", "--list", "--format", "json"], circular);
    expect(r.status).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; kind: string; before: object; after: object; elements: string[]; title: string }[];
    expect(list[0]).toEqual({
      id: "call-to-event:user-calls-order", kind: "call-to-event", title: "Turn the call user-service -> order-service (order count) into an event",
      elements: ["user-service", "order-service", "user-calls-order"], before: { errors: 1, warnings: 0 }, after: { errors: 0, warnings: 0 },
    });
    expect(JSON.parse(seams(["refactor", "-", "--list", "--format", "json"], circular).stdout)).toEqual(list);
  });

  it("writes the refactored design, which loads and has no error left", () => {
    const r = seams(["refactor", "-", "call-to-event:user-calls-order"], circular);
    expect(r.status).toBe(0);
    const loaded = loadDesign(r.stdout);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(analyzeDesign(loaded.design).findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(r.stderr).toContain("user-service no longer calls order-service");
  });

  it("names the event and picks the broker of a call-to-event when asked", () => {
    const r = seams(["refactor", "-", "call-to-event:user-calls-order", "--event", "OrderPlaced", "--broker", "new"], circular);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).flows.filter((f: { event?: string }) => f.event === "OrderPlaced")).toHaveLength(2);
    expect(seams(["refactor", "-", "call-to-event:user-calls-order", "--broker", "nope"], circular).status).toBe(2);
  });

  it("exits 2 on an id that does not apply, naming the ones that do", () => {
    const r = seams(["refactor", "-", "merge-services:nope"], circular);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("call-to-event:order-calls-user");
    expect(seams(["refactor", "-"], circular).status).toBe(2);
  });
});

describe("seams impact", () => {
  it("prints the issue's JSON: the routes that fail when cart-service is down, and why", () => {
    const r = seams(["impact", "-", "cart-service", "--format", "json"], JSON.stringify(mallGoTemplate()));
    expect(r.status).toBe(0);
    const impact = JSON.parse(r.stdout);
    expect(Object.keys(impact)).toEqual(["down", "routes", "elements"]);
    expect(impact.down).toBe("cart-service");
    expect(impact.routes.find((x: { flow: string }) => x.flow === "route-orders")).toMatchObject({ gateway: "api-gateway", outcome: "fails", via: "order-reads-cart", path: ["api-gateway", "order-service", "cart-service"] });
    expect(impact.elements.find((x: { id: string }) => x.id === "order-service")).toEqual({ id: "order-service", outcome: "fails", via: "order-reads-cart" });
  });

  it("exits 2 on an element the design does not have", () => {
    const r = seams(["impact", "-", "nope"], JSON.stringify(mallGoTemplate()));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no element "nope"');
  });
});
