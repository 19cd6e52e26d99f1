import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { emptyDesign } from "../../model/elements";
import type { Design } from "../../model/schema";
import { mallGoTemplate } from "../../templates/mall-go";
import { validateKubernetes } from "../../../../test/etcd/validate-kubernetes";
import { hostileDesign } from "../../../../test/etcd/hostile-design";
import { generateDesign } from "../../analysis/generate-design";
import { generateKubernetes, listKubernetesDocuments, listKubernetesObjects, type KubernetesObject } from "./generate-kubernetes";
import { stringifyYamlByLibrary } from "./stringify-yaml";

function parse(content: string): KubernetesObject[] {
  const docs = parseAllDocuments(content);
  for (const d of docs) expect(d.errors).toEqual([]);
  return docs.map((d) => d.toJS() as KubernetesObject);
}

describe("generateKubernetes on mall-go", () => {
  const out = generateKubernetes(mallGoTemplate());
  const objects = parse(out.content);
  const byName = (kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name)!;

  it("matches the reviewed manifests", async () => {
    await expect(out.content).toMatchFileSnapshot("./__snapshots__/mall-go.kubernetes.yaml");
  });

  it("parses back to exactly the intended objects, a Deployment and a Service per service", () => {
    expect(objects).toEqual(listKubernetesObjects(mallGoTemplate()).objects);
    expect(objects.map((o) => o.kind)).toEqual(Array.from({ length: 10 }, () => ["Deployment", "Service"]).flat());
  });

  it("passes kubernetes-models validation and apimachinery's name and label rules", () => {
    expect(() => validateKubernetes(objects)).not.toThrow();
  });

  it("is caught by that validation when a name or label is invalid", () => {
    const bad = structuredClone(objects);
    bad[1]!.metadata.name = "order.service";
    expect(() => validateKubernetes(bad)).toThrow(/DNS-1035/);
    const badLabel = structuredClone(objects);
    badLabel[0]!.metadata.labels["seams/team"] = "Order Team";
    expect(() => validateKubernetes(badLabel)).toThrow(/label value/);
  });

  it("takes replicas from the instance count", () => {
    expect(byName("Deployment", "order-service").spec.replicas).toBe(2);
    expect(byName("Deployment", "cart-service").spec.replicas).toBe(1);
  });

  it("turns the health check into a readiness probe in whole seconds", () => {
    const spec = byName("Deployment", "payment-service").spec as { template: { spec: { containers: { readinessProbe: unknown }[] } } };
    expect(spec.template.spec.containers[0]!.readinessProbe).toEqual({ httpGet: { path: "/healthz", port: "http" }, periodSeconds: 5, timeoutSeconds: 2, failureThreshold: 12 });
  });

  it("labels by context and team and selects pods by name", () => {
    expect(byName("Service", "order-service").metadata.labels).toMatchObject({ "app.kubernetes.io/name": "order-service", "seams/context": "ordering", "seams/team": "orders" });
    expect(byName("Service", "order-service").spec).toMatchObject({ selector: { "app.kubernetes.io/name": "order-service" }, ports: [{ port: 8080, targetPort: "http" }] });
  });

  it("says the images are placeholders", () => {
    expect(out.caveats[0]!.message).toMatch(/placeholders/);
    expect(out.content).toContain("image: \"registry.example.invalid/order-service:1.0.0\"");
  });
});

describe("generateKubernetes names and values", () => {
  const design = (): Design => ({
    ...emptyDesign("Shop: \"no\""),
    services: [
      { id: "a.b", name: "A", team: "Order Team (EU)!", healthCheck: { interval: "1500ms", timeout: "250ms" } },
      { id: "a-b", name: "B" },
      { id: "9lives", name: "C", team: "!!!" },
    ],
  });
  const out = generateKubernetes(design());
  const objects = parse(out.content);

  it("renames ids Kubernetes refuses, keeps valid ones, and tells them apart", () => {
    expect(objects.filter((o) => o.kind === "Service").map((o) => o.metadata.name)).toEqual(["a-b-2", "a-b", "s-9lives"]);
    expect(out.caveats.filter((c) => c.message.includes("not a valid Kubernetes name")).flatMap((c) => c.elements)).toEqual(["a.b", "9lives"]);
    expect(() => validateKubernetes(objects)).not.toThrow();
  });

  it("sanitises the team into a label value and keeps the exact text in an annotation", () => {
    const first = objects[0]!;
    expect(first.metadata.labels["seams/team"]).toBe("Order-Team-EU");
    expect(first.metadata.annotations!["seams/team"]).toBe("Order Team (EU)!");
    expect(objects[4]!.metadata.labels["seams/team"]).toBeUndefined();
    expect(out.caveats.some((c) => c.elements[0] === "9lives" && c.message.includes("only the annotation"))).toBe(true);
  });

  it("rounds sub-second probe timings up to whole seconds, with a caveat", () => {
    const probe = (objects[0]!.spec as { template: { spec: { containers: { readinessProbe: { periodSeconds: number; timeoutSeconds: number } }[] } } }).template.spec.containers[0]!.readinessProbe;
    expect([probe.periodSeconds, probe.timeoutSeconds]).toEqual([2, 1]);
    expect(out.caveats.filter((c) => c.message.includes("rounded up"))).toHaveLength(2);
  });

  it("writes a valid, empty list for a design without services", () => {
    const docs = parse(generateKubernetes(emptyDesign()).content);
    expect(docs).toEqual([{ apiVersion: "v1", kind: "List", items: [] }]);
  });
});

describe("generateKubernetes writes the yaml library's bytes", () => {
  const same = (design: Design) => {
    const { docs } = listKubernetesDocuments(design);
    expect(generateKubernetes(design).content).toBe(stringifyYamlByLibrary(docs));
  };

  it("on mall-go, an empty design and generated designs with instances, versions and multi-line descriptions", () => {
    same(mallGoTemplate());
    same(emptyDesign());
    const g = generateDesign({ services: 200, flowsPerService: 3, seed: 7 });
    same(g);
    same({
      ...g,
      services: g.services!.map((s, i) => ({
        ...s,
        version: i % 3 ? `1.${i}` : "no",
        description: i % 2 ? `line one of ${s.name}\nline two, \n\n  indented  \n` : `"quoted" \\ ${"x".repeat(i % 50)}`,
        instances: [{ host: `10.0.0.${i % 250}`, port: 8080 + (i % 2) }],
        tags: ["a", "y", "--- x"],
      })),
    });
  });

  it("on designs full of hostile text", () => {
    fc.assert(fc.property(hostileDesign("/nonexistent/pwned"), same), { numRuns: 60 });
  });
});
