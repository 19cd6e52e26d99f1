/**
 * `seams check` of a 10,000-service file, as CI runs it (goal: loading plus
 * analysis under 500 ms beyond start-up). Start-up is the same command on
 * mall-go, which loads every module but has nothing to judge; the difference
 * is what the 10,000 services cost. Median of 5 spawns each. Also the size of
 * the output in each mode. Prints a Markdown section.
 * Run: npx tsx bench/check.bench.ts
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateDesign } from "../src/core/analysis/generate-design";
import { mallGoTemplate } from "../src/core/templates/mall-go";

const root = new URL("..", import.meta.url).pathname;
const RUNS = 5;
const dir = mkdtempSync(join(tmpdir(), "seams-check-bench-"));
const big = join(dir, "10000.json");
const small = join(dir, "mall-go.json");
writeFileSync(big, JSON.stringify(generateDesign({ services: 10000, flowsPerService: 3, seed: 1 }), null, 2));
writeFileSync(small, JSON.stringify(mallGoTemplate(), null, 2));

/** GNU time, for the CPU time of the child (Debian package `time`); without it only wall time is reported. */
const GNU_TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

/** Wall time, and CPU time (user + system, children included) from GNU time: on a shared machine the CPU time is the steadier figure. */
function run(args: string[]): { ms: number; cpu: number; bytes: number } {
  const command = [join(root, "node_modules/.bin/tsx"), join(root, "src/cli/main.ts"), "check", ...args];
  const t = performance.now();
  const r = GNU_TIME ? spawnSync(GNU_TIME, ["-f", "cpu %U %S", ...command], { encoding: "utf8", maxBuffer: 1 << 30 }) : spawnSync(command[0]!, command.slice(1), { encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = performance.now() - t;
  const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  if ((r.status !== 0 && r.status !== 1) || (GNU_TIME && !m)) throw new Error(r.stderr);
  return { ms, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN, bytes: Buffer.byteLength(r.stdout) };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time(args: string[]) {
  run(args); // warm the disk cache and tsx's transform cache
  const runs = Array.from({ length: RUNS }, () => run(args));
  return { ms: median(runs.map((r) => r.ms)), cpu: median(runs.map((r) => r.cpu)), bytes: runs[0]!.bytes };
}

try {
  const startup = time([small, "--summary"]);
  const rows = [
    ["--summary", time([big, "--summary"])],
    ["text", time([big])],
    ["--format json", time([big, "--format", "json"])],
    ["--format json --evidence", time([big, "--format", "json", "--evidence"])],
  ] as const;
  console.log("## `seams check` of 10,000 services");
  console.log("");
  console.log(`generateDesign({ services: 10000, flowsPerService: 3, seed: 1 }), an 11 MB file; median of ${RUNS} spawns. Start-up (the same command on mall-go): ${startup.ms.toFixed(0)} ms wall, ${startup.cpu.toFixed(0)} ms CPU. Goal: loading and analysis under 500 ms beyond start-up.`);
  console.log("");
  console.log("| mode | total ms | beyond start-up ms | CPU beyond start-up ms | output |");
  console.log("|---|---:|---:|---:|---:|");
  for (const [mode, r] of rows) console.log(`| ${mode} | ${r.ms.toFixed(0)} | ${(r.ms - startup.ms).toFixed(0)} | ${(r.cpu - startup.cpu).toFixed(0)} | ${r.bytes > 1e6 ? `${(r.bytes / 1e6).toFixed(1)} MB` : `${(r.bytes / 1e3).toFixed(1)} KB`} |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
