/**
 * Registry export time and size on generated designs, and how fast the etcd
 * script registers instances in a real etcd (one etcdctl process per key).
 * Reports the minimum (the machine is shared) and the median beside it.
 * Run: npx tsx bench/registry-exports.bench.ts [services...]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateDesign } from "../src/core/analysis/generate-design";
import { REGISTRY_TARGETS } from "../src/core/export/registries/index";
import type { Design } from "../src/core/model/schema";
import { mallGoTemplate } from "../src/core/templates/mall-go";
import { etcdctlEnv, findEtcd, startEtcd } from "../test/etcd/start-etcd";
import { timeRuns } from "./time-runs";

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [1000, 10000];
const ETCD_SERVICES = 100;

/** Two instances per service, as a real registry would hold them. */
function withInstances(design: Design): Design {
  return { ...design, services: design.services?.map((s, i) => ({ ...s, instances: [{ host: `10.0.${i >> 8 & 255}.${i & 255}`, port: 8080 }, { host: `10.1.${i >> 8 & 255}.${i & 255}`, port: 8080 }] })) };
}

const time = (f: () => void, runs: number) => timeRuns(runs, f);

const designs: { label: string; design: Design; runs: number }[] = [
  { label: "mall-go", design: mallGoTemplate(), runs: 50 },
  ...SIZES.map((n) => ({ label: `${n.toLocaleString("en")} services`, design: withInstances(generateDesign({ services: n, flowsPerService: 3, seed: 1 })), runs: n > 5000 ? 5 : 10 })),
];

console.log("## Registry exports (`src/core/export/registries`)");
console.log("");
console.log("mall-go, and generateDesign({ services, flowsPerService: 3, seed: 1 }) with two instances per service; one warm-up run, then timed runs.");
console.log("");
console.log("| design | target | min ms | median ms | output KB |");
console.log("|---|---|---:|---:|---:|");
for (const { label, design, runs } of designs) {
  for (const target of REGISTRY_TARGETS) {
    let size = 0;
    const t = time(() => {
      size = target.generate(design).content.length;
    }, runs);
    console.log(`| ${label} | ${target.id} | ${t.min.toFixed(1)} | ${t.median.toFixed(1)} | ${(size / 1024).toFixed(0)} |`);
  }
}

const bins = findEtcd();
console.log("");
if (!bins) {
  console.log("etcd not installed: the live registration figure is left out.");
} else {
  const etcd = await startEtcd(bins.etcd);
  const dir = mkdtempSync(join(tmpdir(), "seams-etcd-bench-"));
  try {
    const design = withInstances(generateDesign({ services: ETCD_SERVICES, flowsPerService: 3, seed: 1 }));
    const file = join(dir, "register.sh");
    writeFileSync(file, REGISTRY_TARGETS.find((t) => t.id === "etcd")!.generate(design).content);
    const t = performance.now();
    const r = spawnSync("sh", [file], { env: etcdctlEnv(etcd.endpoint, { LEASE_TTL: "600" }), encoding: "utf8" });
    const ms = performance.now() - t;
    if (r.status !== 0) throw new Error(r.stderr);
    const keys = ETCD_SERVICES * 2;
    console.log(`Live etcd ${spawnSync(bins.etcd, ["--version"], { encoding: "utf8" }).stdout.split("\n")[0]}: the script put ${keys} keys under a lease in ${(ms / 1000).toFixed(2)} s (${(ms / keys).toFixed(1)} ms per key, one etcdctl process each).`);
  } finally {
    await etcd.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
