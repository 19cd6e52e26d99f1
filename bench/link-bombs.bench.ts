/**
 * Expansion bombs (issue 11): for each repeated part of the compact form,
 * the largest link that unpacks under the 5 MiB cap, and links just over
 * the part's own limit; how long decoding takes to refuse each (median and
 * worst of 11 runs after a warm-up), and which limit refused it. The
 * issue's bound is 100 ms for any refused link up to the 64 KiB cap.
 * Last, the costliest link that is still accepted: every link limit at once.
 * Run: npx tsx bench/link-bombs.bench.ts
 */
import { MAX_LINK_ELEMENTS, MAX_LINK_FLOWS } from "../src/core/model/limits";
import { BOMB_PARTS, bombJson, expansionBomb, largestCount, linkOfJson } from "../src/core/share/expansion-bombs";
import { decodeShareFragment } from "../src/core/share/index";
import { timeRuns } from "./time-runs";

const n = (x: number) => x.toLocaleString("en");
const RUNS = 11;

function measure(link: string): { median: number; worst: number; answer: string } {
  const times: number[] = [];
  let answer = "";
  timeRuns(RUNS, (i) => {
    const t = performance.now();
    const r = decodeShareFragment(link);
    if (i >= 0) times.push(performance.now() - t);
    answer = r.ok ? "opened" : r.errors[0]!.message.replace(/; it was not opened.*$|, the most a link.*$|, longer than.*$/, "").slice(0, 70);
  });
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, worst: times[times.length - 1]!, answer };
}

const rows: string[] = [];
let worst = 0;
let slowestMedian = 0;
for (const part of BOMB_PARTS) {
  for (const count of [largestCount(part), part === "flows" ? MAX_LINK_FLOWS + 1 : MAX_LINK_ELEMENTS + 1]) {
    const link = expansionBomb(part, count);
    const m = measure(link);
    worst = Math.max(worst, m.worst);
    slowestMedian = Math.max(slowestMedian, m.median);
    rows.push(`| ${part} | ${n(count)} | ${n(link.length)} | ${m.median.toFixed(1)} | ${m.worst.toFixed(1)} | ${m.answer} |`);
  }
}
// Every part at once, each list just under the list-length cap: the most values the counter lets through to be counted.
const mix = measure(linkOfJson(bombJson(Object.fromEntries(BOMB_PARTS.map((p) => [p, MAX_LINK_FLOWS])))));
worst = Math.max(worst, mix.worst);
slowestMedian = Math.max(slowestMedian, mix.median);
rows.push(`| every part at once | ${n(MAX_LINK_FLOWS)} each | | ${mix.median.toFixed(1)} | ${mix.worst.toFixed(1)} | ${mix.answer} |`);
const atLimits = measure(linkOfJson(bombJson({ services: 4992, databases: 2, brokers: 2, flows: MAX_LINK_FLOWS, layout: 2 })));

console.log("## Expansion bombs: time to refuse (decodeShareFragment, Node)\n");
console.log("| repeated part | copies | link chars | median ms | worst ms | answer |");
console.log("|---|---:|---:|---:|---:|---|");
for (const r of rows) console.log(r);
console.log(`\nSlowest median refusal over all bombs: ${slowestMedian.toFixed(1)} ms (bound: 100 ms); slowest single run ${worst.toFixed(1)} ms (single runs include whatever else the machine ran meanwhile).`);
console.log(`A link at every limit (${n(MAX_LINK_ELEMENTS)} elements, ${n(MAX_LINK_FLOWS)} flows), accepted: median ${atLimits.median.toFixed(1)} ms, worst ${atLimits.worst.toFixed(1)} ms (${atLimits.answer}).`);
