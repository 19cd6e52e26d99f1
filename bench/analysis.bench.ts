/**
 * Analysis time on generated designs (issue 3: under 100 ms for 10,000
 * services with about 3 flows each, in Node). Prints a Markdown section.
 * Reports the minimum as the figure to compare (the machine is shared, so
 * the median carries other processes' noise) and the median beside it.
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
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    findings = analyzeDesign(design).findings.length;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  rows.push(`| ${services.toLocaleString("en")} | ${(design.flows?.length ?? 0).toLocaleString("en")} | ${findings.toLocaleString("en")} | ${times[0]!.toFixed(1)} | ${median.toFixed(1)} |`);
}

console.log("## Analysis (`analyzeDesign`)");
console.log("");
console.log(`generateDesign({ services, flowsPerService: 3, seed: 1 }); ${WARMUP} warm-up runs, then ${RUNS} timed. Goal: under 100 ms for 10,000 services.`);
console.log("");
console.log("| services | flows | findings | min ms | median ms |");
console.log("|---:|---:|---:|---:|---:|");
for (const r of rows) console.log(r);
