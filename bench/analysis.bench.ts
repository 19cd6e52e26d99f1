/**
 * Analysis time on generated designs (issue 3: under 100 ms for 10,000
 * services with about 3 flows each, in Node). Prints a Markdown section.
 * Reports wall-clock minimum and median, and the median CPU time of this
 * process per run: on a shared, loaded machine the wall clock also counts
 * the time spent waiting for a core, the CPU time does not.
 * Run: npx tsx bench/analysis.bench.ts [services...]
 */
import { analyzeDesign } from "../src/core/analysis/analyze-design";
import { generateDesign } from "../src/core/analysis/generate-design";

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [1000, 10000];
const WARMUP = 5;
const RUNS = 20;

const rows: string[] = [];
for (const services of SIZES) {
  const design = generateDesign({ services, flowsPerService: 3, seed: 1 });
  for (let i = 0; i < WARMUP; i++) analyzeDesign(design);
  const times: number[] = [];
  const cpu: number[] = [];
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    findings = analyzeDesign(design).findings.length;
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  rows.push(
    `| ${services.toLocaleString("en")} | ${(design.flows?.length ?? 0).toLocaleString("en")} | ${findings.toLocaleString("en")} | ${Math.min(...times).toFixed(1)} | ${median(times).toFixed(1)} | ${median(cpu).toFixed(1)} |`,
  );
}

console.log("## Analysis (`analyzeDesign`)");
console.log("");
console.log(`generateDesign({ services, flowsPerService: 3, seed: 1 }); ${WARMUP} warm-up runs, then ${RUNS} timed. Goal: under 100 ms for 10,000 services.`);
console.log("");
console.log("| services | flows | findings | min ms | median ms | median CPU ms |");
console.log("|---:|---:|---:|---:|---:|---:|");
for (const r of rows) console.log(r);
