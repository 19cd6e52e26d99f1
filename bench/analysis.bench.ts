/**
 * Analysis time on every shape in `analysis-shapes.ts` (goal: under 100 ms
 * for 10,000 services in Node, on every shape), plus 1,000 services of the
 * layered shape. Prints a Markdown section.
 * Reports wall-clock minimum and median, and the median CPU time of this
 * process per run: on a shared, loaded machine the wall clock also counts
 * the time spent waiting for a core, the CPU time does not.
 * Run: npx tsx bench/analysis.bench.ts [services...]
 */
import { analyzeDesign } from "../src/core/analysis/analyze-design";
import { generateDesign } from "../src/core/analysis/generate-design";
import type { Design } from "../src/core/model/schema";
import { analysisShapes } from "./analysis-shapes";

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const WARMUP = 5;
const RUNS = 20;

const cases: { label: string; design: Design }[] = sizes.length
  ? sizes.flatMap((n) => analysisShapes(n).map((s) => ({ label: s.label, design: s.design })))
  : [{ label: "layered, a database per service, contexts of ten", design: generateDesign({ services: 1000, flowsPerService: 3, seed: 1 }) }, ...analysisShapes(10000).map((s) => ({ label: s.label, design: s.design }))];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: string[] = [];
for (const { label, design } of cases) {
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
  const n = (x: number) => x.toLocaleString("en");
  rows.push(
    `| ${label} | ${n(design.services?.length ?? 0)} | ${n(design.databases?.length ?? 0)} | ${n(design.contexts?.length ?? 0)} | ${n(design.flows?.length ?? 0)} | ${n(findings)} | ${Math.min(...times).toFixed(1)} | ${median(times).toFixed(1)} | ${median(cpu).toFixed(1)} |`,
  );
}

console.log("## Analysis (`analyzeDesign`, Node)");
console.log("");
console.log(`Shapes from \`bench/analysis-shapes.ts\`; ${WARMUP} warm-up runs, then ${RUNS} timed. Goal: under 100 ms for 10,000 services on every shape.`);
console.log("");
console.log("| shape | services | databases | contexts | flows | findings | min ms | median ms | median CPU ms |");
console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows) console.log(r);
