import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileDesign } from "../../../../test/etcd/hostile-design";
import { etcdctlEnv, findEtcd, startEtcd, type RunningEtcd } from "../../../../test/etcd/start-etcd";
import { maySkipSystemTools, reportSkipped } from "../../../../test/tools/find-tool";
import type { Design } from "../../model/schema";
import { mallGoTemplate } from "../../templates/mall-go";
import { generateEtcd, listEtcdEntries } from "./generate-etcd";

const bins = findEtcd();
if (!bins) {
  if (maySkipSystemTools()) reportSkipped("etcd or etcdctl", "the live etcd export tests");
  else {
    describe("the etcd export against a real etcd", () => {
      it("needs etcd and etcdctl installed (scripts/install-test-deps.sh; SEAMS_SKIP_SYSTEM_DEPS=1 skips, never in CI)", () => {
        throw new Error("etcd or etcdctl not found");
      });
    });
  }
}

describe.skipIf(!bins)("the etcd export against a real etcd", () => {
  let etcd: RunningEtcd;
  const work = mkdtempSync(join(tmpdir(), "seams-etcd-work-"));

  beforeAll(async () => {
    etcd = await startEtcd(bins!.etcd);
  });

  afterAll(async () => {
    await etcd?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  const etcdctl = (...args: string[]) => {
    const r = spawnSync(bins!.etcdctl, args, { encoding: "utf8", env: etcdctlEnv(etcd.endpoint) });
    if (r.status !== 0) throw new Error(`etcdctl ${args.join(" ")}: ${r.stderr}`);
    return r.stdout;
  };

  /** Every key in etcd with its value and lease id (kept as a string: lease ids pass 2^53). */
  const readAll = () => {
    const raw = etcdctl("get", "", "--prefix", "-w", "json").replace(/"lease":(\d+)/g, '"lease":"$1"');
    const kvs = (JSON.parse(raw) as { kvs?: { key: string; value: string; lease?: string }[] }).kvs ?? [];
    const b64 = (s: string) => Buffer.from(s, "base64").toString("utf8");
    return new Map(kvs.map((kv) => [b64(kv.key), { value: JSON.parse(b64(kv.value)) as unknown, lease: kv.lease ?? "0" }]));
  };

  const runScript = (design: Design, env: Record<string, string> = {}) => {
    etcdctl("del", "", "--prefix");
    const file = join(work, "register.sh");
    writeFileSync(file, generateEtcd(design).content);
    const r = spawnSync("sh", [file], { cwd: work, encoding: "utf8", env: etcdctlEnv(etcd.endpoint, env) });
    expect(r.stderr.replace(/^lease .* granted; keep it alive with: .*\n/, "")).toBe("");
    expect(r.status).toBe(0);
    return r;
  };

  it("registers every mall-go instance, read back key by key", () => {
    runScript(mallGoTemplate());
    const stored = readAll();
    const entries = listEtcdEntries(mallGoTemplate());
    expect([...stored.keys()].sort()).toEqual(entries.map((e) => e.key).sort());
    for (const e of entries) expect(stored.get(e.key)).toEqual({ value: e.value, lease: "0" });
  });

  it("puts every key under one lease when LEASE_TTL is set", () => {
    const r = runScript(mallGoTemplate(), { LEASE_TTL: "120" });
    const hex = /lease ([0-9a-f]+) granted/.exec(r.stderr)?.[1];
    expect(hex).toBeDefined();
    const stored = readAll();
    expect(stored.size).toBe(13);
    for (const { lease } of stored.values()) expect(BigInt(lease)).toBe(BigInt(`0x${hex}`));
    expect(etcdctl("lease", "timetolive", hex!, "--keys")).toMatch(/granted with TTL\(120s\), remaining\(\d+s\), attached keys\(\[.*user-service\/user-1\.internal:8080/);
  });

  it("stores hostile names, teams and tags as data, and runs nothing they contain", () => {
    const pwned = join(work, "pwned");
    for (const design of fc.sample(hostileDesign(pwned), { numRuns: 4, seed: 42 })) {
      runScript(design, { LEASE_TTL: "60" });
      const stored = readAll();
      const entries = listEtcdEntries(design);
      expect(stored.size).toBe(new Set(entries.map((e) => e.key)).size);
      for (const e of entries) expect(stored.get(e.key)!.value).toEqual(listEtcdEntries(design).findLast((x) => x.key === e.key)!.value);
      expect(existsSync(pwned)).toBe(false);
    }
  });
});
