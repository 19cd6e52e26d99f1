import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { isAlias, isNode, parseAllDocuments, visit } from "yaml";
import { createFakeEtcdctl } from "../../../../test/etcd/fake-etcdctl";
import { hostileDesign } from "../../../../test/etcd/hostile-design";
import { validateBackstage } from "../../../../test/etcd/validate-backstage";
import { validateKubernetes } from "../../../../test/etcd/validate-kubernetes";
import { effectiveInstances } from "../../model/defaults";
import { loadDesign } from "../../load/load-design";
import type { Design } from "../../model/schema";
import { listBackstageEntities, type BackstageEntity } from "./generate-backstage";
import { generateConsul, type ConsulService } from "./generate-consul";
import { listEtcdEntries } from "./generate-etcd";
import type { EurekaRegistration } from "./generate-eureka";
import { listKubernetesObjects, type KubernetesObject } from "./generate-kubernetes";
import type { NacosExport } from "./generate-nacos";
import { REGISTRY_TARGETS } from "./index";

const fake = createFakeEtcdctl();
afterAll(() => fake.remove());
const pwned = join(fake.dir, "pwned");
const RUNS = { numRuns: 40 };

const generate = (id: string, design: Design) => REGISTRY_TARGETS.find((t) => t.id === id)!.generate(design);
const teamOf = (design: Design, serviceIndex: number) => {
  const s = design.services![serviceIndex]!;
  return s.team ?? design.contexts!.find((c) => c.id === s.context)?.team;
};

/** Parses a YAML stream as YAML 1.2 and as 1.1 (what Kubernetes and many tools still read): both must agree, without aliases or tags. */
function parseYamlBothWays(content: string): unknown[] {
  const results = (["1.2", "1.1"] as const).map((version) =>
    parseAllDocuments(content, { version }).map((doc) => {
      expect(doc.errors).toEqual([]);
      visit(doc, (_key, node) => {
        expect(isAlias(node)).toBe(false);
        if (isNode(node)) expect(node.tag).toBeUndefined();
      });
      return doc.toJS() as unknown;
    }),
  );
  expect(results[1]).toEqual(results[0]);
  return results[0]!;
}

describe("registry exports of designs with hostile text", () => {
  it("uses only designs the loader accepts, so the exporters see what the app would give them", () => {
    fc.assert(
      fc.property(hostileDesign(pwned), (design) => {
        expect(loadDesign(design).ok).toBe(true);
      }),
      RUNS,
    );
  });

  it("consul: parses, and names, tags and meta are exactly the design's", () => {
    fc.assert(
      fc.property(hostileDesign(pwned), (design) => {
        const { services } = JSON.parse(generateConsul(design).content) as { services: ConsulService[] };
        const expected = design.services!.flatMap((s, i) =>
          effectiveInstances(s).map((inst) => ({ name: s.id, address: inst.host, port: inst.port, tags: s.tags ?? [], team: teamOf(design, i), version: s.version })),
        );
        expect(services.map((s) => ({ name: s.name, address: s.address, port: s.port, tags: s.tags, team: s.meta.team, version: s.meta.version }))).toEqual(expected);
      }),
      RUNS,
    );
  });

  it("etcd: passes sh -n, puts exactly the intended keys and values, and runs nothing else", () => {
    fc.assert(
      fc.property(hostileDesign(pwned), fc.boolean(), (design, leased) => {
        const script = generate("etcd", design).content;
        expect(spawnSync("sh", ["-n"], { input: script }).status).toBe(0);
        const { status, calls } = fake.run(script, leased ? { LEASE_TTL: "60" } : {});
        expect(status).toBe(0);
        const puts = listEtcdEntries(design).map((e) => ["put", ...(leased ? ["--lease=694d77aa9e38260f"] : []), "--", e.key, JSON.stringify(e.value)]);
        expect(calls).toEqual(leased ? [["lease", "grant", "60"], ...puts] : puts);
        const metas = listEtcdEntries(design).filter((e) => e.key.startsWith(`${design.services![0]!.id}/`)).map((e) => e.value.Metadata);
        for (const m of metas) expect(m.tags).toEqual(design.services![0]!.tags!.length > 0 ? design.services![0]!.tags : undefined);
        expect(existsSync(pwned)).toBe(false);
      }),
      { numRuns: 25 },
    );
  });

  it("kubernetes: parses the same in YAML 1.1 and 1.2, validates, and keeps names and teams as annotations", () => {
    fc.assert(
      fc.property(hostileDesign(pwned), (design) => {
        const objects = parseYamlBothWays(generate("kubernetes", design).content) as KubernetesObject[];
        expect(objects).toEqual(listKubernetesObjects(design).objects);
        validateKubernetes(objects);
        const deployments = objects.filter((o) => o.kind === "Deployment");
        expect(deployments.map((d) => d.metadata.annotations!["seams/service-name"])).toEqual(design.services!.map((s) => s.name));
        expect(deployments.map((d) => d.metadata.annotations!["seams/team"])).toEqual(design.services!.map((_, i) => teamOf(design, i)));
      }),
      RUNS,
    );
  });

  it("nacos: parses, and the metadata string decodes to the design's text", () => {
    fc.assert(
      fc.property(hostileDesign(pwned), (design) => {
        const body = JSON.parse(generate("nacos", design).content) as NacosExport;
        const first = design.services![0]!;
        const metas = body.instances.filter((i) => i.serviceName === first.id).map((i) => JSON.parse(i.metadata) as Record<string, string>);
        expect(metas).toHaveLength(effectiveInstances(first).length);
        for (const m of metas) {
          expect(m.team).toBe(teamOf(design, 0));
          expect(m.tags === undefined ? [] : JSON.parse(m.tags)).toEqual(first.tags ?? []);
        }
      }),
      RUNS,
    );
  });

  it("eureka: parses, with upper-case app ids and the design's metadata", () => {
    fc.assert(
      fc.property(hostileDesign(pwned), (design) => {
        const { registrations } = JSON.parse(generate("eureka", design).content) as { registrations: EurekaRegistration[] };
        expect(registrations.map((r) => r.body.instance.app)).toEqual(design.services!.flatMap((s) => effectiveInstances(s).map(() => s.id.toUpperCase())));
        expect(registrations.map((r) => r.body.instance.metadata.version)).toEqual(design.services!.flatMap((s) => effectiveInstances(s).map(() => s.version)));
      }),
      RUNS,
    );
  });

  it("backstage: parses the same in YAML 1.1 and 1.2, passes Backstage's validation, and keeps the design's text as titles", async () => {
    await fc.assert(
      fc.asyncProperty(hostileDesign(pwned), async (design) => {
        const entities = parseYamlBothWays(generate("backstage", design).content) as BackstageEntity[];
        expect(entities).toEqual(listBackstageEntities(design).entities);
        await validateBackstage(entities);
        const components = entities.filter((e) => e.kind === "Component");
        expect(components.map((c) => c.metadata.title ?? c.metadata.name)).toEqual(design.services!.map((s) => s.name));
        expect(entities.find((e) => e.kind === "System")!.metadata.description).toBe(design.description || undefined);
        expect(components[0]!.spec.dependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^resource:default\//)]));
      }),
      RUNS,
    );
  });
});
