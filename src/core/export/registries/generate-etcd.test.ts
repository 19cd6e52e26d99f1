import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { createFakeEtcdctl } from "../../../../test/etcd/fake-etcdctl";
import { emptyDesign } from "../../model/elements";
import { mallGoTemplate } from "../../templates/mall-go";
import { generateEtcd, listEtcdEntries } from "./generate-etcd";

const fake = createFakeEtcdctl();
afterAll(() => fake.remove());
const runWithFakeEtcdctl = fake.run;

describe("generateEtcd on mall-go", () => {
  const out = generateEtcd(mallGoTemplate());

  it("matches the reviewed script", async () => {
    await expect(out.content).toMatchFileSnapshot("./__snapshots__/mall-go.etcd-register.sh");
  });

  it("is valid POSIX sh", () => {
    const r = spawnSync("sh", ["-n"], { input: out.content, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("lists every instance in the grpc-go naming convention", () => {
    const entries = listEtcdEntries(mallGoTemplate());
    expect(entries).toHaveLength(13);
    expect(entries[0]).toEqual({
      key: "user-service/user-1.internal:8080",
      value: { Op: 0, Addr: "user-1.internal:8080", Metadata: { version: "1.0.0", context: "identity", team: "identity" } },
    });
  });

  it("puts exactly those keys and values, and nothing else, without a lease", () => {
    const { status, calls } = runWithFakeEtcdctl(out.content);
    expect(status).toBe(0);
    expect(calls).toEqual(listEtcdEntries(mallGoTemplate()).map((e) => ["put", "--", e.key, JSON.stringify(e.value)]));
  });

  it("grants one lease from LEASE_TTL and puts every key under it", () => {
    const { status, calls, stderr } = runWithFakeEtcdctl(out.content, { LEASE_TTL: "30" });
    expect(status).toBe(0);
    expect(calls[0]).toEqual(["lease", "grant", "30"]);
    expect(calls.slice(1).every((c) => c[0] === "put" && c[1] === "--lease=694d77aa9e38260f")).toBe(true);
    expect(calls).toHaveLength(14);
    expect(stderr).toContain("keep-alive 694d77aa9e38260f");
  });

  it("refuses a LEASE_TTL that is not a number before touching etcd", () => {
    const { status, calls } = runWithFakeEtcdctl(out.content, { LEASE_TTL: "30; touch x" });
    expect(status).toBe(2);
    expect(calls).toEqual([]);
  });

  it("says that etcd runs no health checks", () => {
    expect(out.caveats[0]!.elements).toHaveLength(10);
    expect(out.content).toContain("# Note: etcd runs no health checks");
  });

  it("says when two instances share an address, since etcd keeps only one key", () => {
    const design = { ...emptyDesign(), services: [{ id: "s", name: "s", instances: [{ host: "10.0.0.1" }, { host: "10.0.0.1" }] }] };
    expect(generateEtcd(design).caveats.some((c) => c.message.includes("s/10.0.0.1:8080") && c.elements[0] === "s")).toBe(true);
  });

  it("registers nothing for an empty design, and says so", () => {
    const empty = generateEtcd(emptyDesign());
    expect(runWithFakeEtcdctl(empty.content).calls).toEqual([]);
    expect(empty.caveats[0]!.message).toMatch(/no services/);
  });
});
