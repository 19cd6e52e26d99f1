/**
 * How long one keystroke in the inspector takes on a 10,000-service design:
 * each is validated against the element's schema and the cross-field rules
 * before it reaches the design, so this must stay far below a frame.
 */
import { applyEdit } from "../src/app/inspector/apply-edit";
import { checkDesign } from "../src/core/load/check-design";
import { loadDesign } from "../src/core/load/load-design";
import type { Design } from "../src/core/model/schema";
const N = 10000;
const services = Array.from({ length: N }, (_, i) => ({ id: `svc-${i}`, name: `svc-${i}`, port: 8080, context: `ctx-${i % 100}`, tags: ["a"], split: { teamAutonomy: 5 } }));
const contexts = Array.from({ length: 100 }, (_, i) => ({ id: `ctx-${i}`, name: `Context ${i}` }));
const flows = Array.from({ length: 2 * N }, (_, i) => ({ id: `f-${i}`, from: `svc-${i % N}`, to: `svc-${(i * 7 + 1) % N}`, kind: "sync" as const }));
let design: Design = { format: "seams-design", version: 1, name: "big", contexts, services, flows };
const time = (label: string, n: number, fn: (i: number) => void) => {
  fn(0);
  const t = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  const ms = (performance.now() - t) / n;
  console.log(`| ${label} | ${ms.toFixed(2)} ms |`);
};
console.log(`## Inspector keystrokes\n\n10,000 services, 20,000 flows, 100 contexts; mean per keystroke\n| step | time |\n|---|---|`);
time("applyEdit name (new design each keystroke)", 200, (i) => { const r = applyEdit(design, "svc-5000", { name: `n${i}` }); if (r.ok) design = r.design; });
time("applyEdit refused port 70000", 200, () => applyEdit(design, "svc-5000", { port: 70000 }));
time("applyEdit rename id", 50, (i) => { const r = applyEdit(design, i % 2 ? "svc-renamed" : "svc-5000", { id: i % 2 ? "svc-5000" : "svc-renamed" }); if (r.ok) design = r.design; });
time("applyEdit flow protocol", 200, (i) => { const r = applyEdit(design, "f-19999", { protocol: i % 2 ? "grpc" : "http" }); if (r.ok) design = r.design; });
time("checkDesign whole design (for comparison)", 20, () => checkDesign(design));
time("loadDesign whole design (for comparison)", 5, () => loadDesign(design));

// What the findings panel waits for after such a keystroke: `updateAnalysis` reruns only the rules the edit reaches (ids and new elements take the worker's full run).
{
  const { generateDesign } = await import("../src/core/analysis/generate-design");
  const { analyzeDesign } = await import("../src/core/analysis/analyze-design");
  const { prepareUpdate, updateAnalysis } = await import("../src/core/analysis/update-analysis");
  const { addFlow, updateElement, updateFlow } = await import("../src/core/edit/edit-design");
  const g = generateDesign({ services: N, flowsPerService: 3, seed: 1 });
  const analysis = analyzeDesign(g);
  prepareUpdate(g); // as the app does in idle time when the worker's full run lands
  const sync = g.flows!.find((f) => f.kind === "sync" && f.from.startsWith("svc-") && f.to.startsWith("svc-"))!;
  const other = g.services!.find((s) => s.context !== g.services![5000]!.context)!.context;
  // Wall time is what a person waits for; CPU time (this process, all threads) is the figure that holds on a loaded machine.
  const timed = (label: string, n: number, fn: (i: number) => unknown) => {
    fn(0);
    const cpu = process.cpuUsage();
    const t = performance.now();
    for (let i = 0; i < n; i++) if (fn(i) === undefined) throw new Error(`${label}: took the full run`);
    const ms = (performance.now() - t) / n;
    const used = process.cpuUsage(cpu);
    console.log(`| ${label} | ${ms.toFixed(2)} ms | ${((used.user + used.system) / 1000 / n).toFixed(2)} ms |`);
  };
  console.log(`\nFindings after a keystroke on generateDesign({ services: 10000, flowsPerService: 3 }) (${g.flows!.length} flows; the edit itself included; full \`analyzeDesign\` for comparison):\n| edit | wall | CPU |\n|---|---:|---:|`);
  timed("updateAnalysis: description", 50, (i) => updateAnalysis(g, updateElement(g, "svc-05000", { description: `d${i}` }), analysis));
  timed("updateAnalysis: split slider", 20, (i) => updateAnalysis(g, updateElement(g, "svc-05000", { split: { businessComplexity: 1 + (i % 10) } }), analysis));
  timed("updateAnalysis: rename keystroke (a service)", 20, (i) => updateAnalysis(g, updateElement(g, "svc-05000", { name: `svc-05000-${i}` }), analysis));
  timed("updateAnalysis: rename keystroke (a context)", 20, (i) => updateAnalysis(g, updateElement(g, g.services![5000]!.context!, { name: `Context ${i}` }), analysis));
  timed("updateAnalysis: flow protocol", 50, (i) => updateAnalysis(g, updateFlow(g, sync.id, { protocol: i % 2 ? "grpc" : "http" }), analysis));
  timed("updateAnalysis: flow timeout", 20, (i) => updateAnalysis(g, updateFlow(g, sync.id, { timeout: `${i + 1}s` }), analysis));
  timed("updateAnalysis: flow add (a sync call)", 20, (i) => updateAnalysis(g, addFlow(g, { id: `new-${i}`, from: "svc-05000", to: `svc-0${1000 + i}`, kind: "sync" }), analysis));
  timed("updateAnalysis: flow retarget", 20, (i) => updateAnalysis(g, updateFlow(g, sync.id, { to: `svc-0${2000 + i}` }), analysis));
  timed("updateAnalysis: context move (a service)", 20, (i) => updateAnalysis(g, updateElement(g, "svc-05000", { context: i % 2 ? other : g.services![5000]!.context }), analysis));
  timed("analyzeDesign (the worker's full run)", 10, () => analyzeDesign(g));
}
