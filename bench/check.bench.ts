/**
 * `seams check` of a 10,000-service file, as a user runs it after
 * `npm i -g`: the built command line (`node dist-cli/seams.js`, rebuilt here
 * first), not tsx, whose compiling would count as work "beyond start-up".
 * Goal: loading (parse, schema, reference checks) plus analysis under 500 ms
 * beyond start-up. Start-up is the same binary on mall-go (15 KB): it loads
 * the same modules and has almost nothing to judge. Each row is the median of
 * 5 spawns: wall clock; CPU time (user + system of the child, all its
 * threads, from GNU time); and on Linux the CPU time of the main thread alone
 * (from /proc at exit), which is what a quiet machine's wall clock comes to,
 * as V8 compiles and collects garbage on other threads meanwhile. The rows
 * take turns run by run, so a burst of load on a shared machine hits them
 * alike. Prints a Markdown section.
 * Run: npx tsx bench/check.bench.ts   (BENCH_RUNS=n to change the 5)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateDesign } from "../src/core/analysis/generate-design";
import { mallGoTemplate } from "../src/core/templates/mall-go";

const root = new URL("..", import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CLI = join(root, "dist-cli/seams.js");

const built = spawnSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), join(root, "scripts/build-cli.ts")], { encoding: "utf8" });
if (built.status !== 0 || !existsSync(CLI)) throw new Error(`building the command line failed:\n${built.stderr}`);

const dir = mkdtempSync(join(tmpdir(), "seams-check-bench-"));
const big = join(dir, "10000.json");
const small = join(dir, "mall-go.json");
/** Preloaded into the child: prints its main thread's CPU time at exit (Linux /proc; clock ticks of 10 ms). */
const MAIN_THREAD = existsSync("/proc/self/task") ? join(dir, "main-thread.mjs") : undefined;
if (MAIN_THREAD)
  writeFileSync(
    MAIN_THREAD,
    `import { readFileSync } from "node:fs";
process.on("exit", () => {
  const f = readFileSync("/proc/self/task/" + process.pid + "/stat", "utf8").split(") ")[1].split(" ");
  process.stderr.write("main-thread " + (Number(f[11]) + Number(f[12])) * 10 + "\\n");
});
`,
  );
writeFileSync(big, JSON.stringify(generateDesign({ services: 10000, flowsPerService: 3, seed: 1 }), null, 2));
writeFileSync(small, JSON.stringify(mallGoTemplate(), null, 2));

/** GNU time, for the CPU time of the child (Debian package `time`); without it only wall time is reported. */
const GNU_TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

interface Run {
  wall: number;
  cpu: number;
  main: number;
  bytes: number;
}

/** One spawn: wall time, CPU time (user + system) and the size of what it printed. */
function run(args: string[]): Run {
  const command = [process.execPath, ...(MAIN_THREAD ? ["--import", MAIN_THREAD] : []), CLI, "check", ...args];
  const t = performance.now();
  const r = GNU_TIME ? spawnSync(GNU_TIME, ["-f", "cpu %U %S", ...command], { encoding: "utf8", maxBuffer: 1 << 30 }) : spawnSync(command[0]!, command.slice(1), { encoding: "utf8", maxBuffer: 1 << 30 });
  const wall = performance.now() - t;
  const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  const main = /main-thread (\d+)/.exec(r.stderr);
  if ((r.status !== 0 && r.status !== 1) || (GNU_TIME && !m)) throw new Error(r.stderr);
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN, main: main ? Number(main[1]) : NaN, bytes: Buffer.byteLength(r.stdout) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const size = (bytes: number) => (bytes > 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} KB`);

const MODES: readonly (readonly [string, string[]])[] = [
  ["start-up (mall-go, --summary)", [small, "--summary"]],
  ["--summary", [big, "--summary"]],
  ["text", [big]],
  ["--format json", [big, "--format", "json"]],
  ["--format json --evidence", [big, "--format", "json", "--evidence"]],
];

try {
  for (const [, args] of MODES) run(args); // warm the disk cache
  const runs = MODES.map((): Run[] => []);
  for (let i = 0; i < RUNS; i++) MODES.forEach(([, args], m) => runs[m]!.push(run(args)));
  const rows = runs.map((r) => ({ wall: median(r.map((x) => x.wall)), cpu: median(r.map((x) => x.cpu)), main: median(r.map((x) => x.main)), bytes: r[0]!.bytes }));
  const startup = rows[0]!;

  console.log("## `seams check` of 10,000 services (`bench/check.bench.ts`)");
  console.log("");
  console.log(`\`node dist-cli/seams.js check\` (the built command line) on generateDesign({ services: 10000, flowsPerService: 3, seed: 1 }), an 11 MB file; median of ${RUNS} spawns, node ${process.version}. Start-up: the same binary on mall-go. Goal: loading and analysis under 500 ms beyond start-up. CPU is user + system of the child, all threads (the figure to read on a shared machine); main thread is that thread's CPU alone (about the wall clock of a quiet machine).`);
  console.log("");
  console.log("| mode | wall ms | CPU ms | main thread ms | CPU beyond start-up ms | main thread beyond start-up ms | output |");
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  rows.forEach((r, m) => {
    const beyond = m === 0 ? ["—", "—"] : [(r.cpu - startup.cpu).toFixed(0), (r.main - startup.main).toFixed(0)];
    console.log(`| ${MODES[m]![0]} | ${r.wall.toFixed(0)} | ${r.cpu.toFixed(0)} | ${r.main.toFixed(0)} | ${beyond[0]} | ${beyond[1]} | ${size(r.bytes)} |`);
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
