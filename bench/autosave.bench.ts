/**
 * What autosave costs per save, and what local history holds, by design
 * size (issue 5's in-app part). For mall-go and generated designs of 1,000
 * and 10,000 services (3 flows each), in Node with an in-memory Storage:
 * - stored size of one document (characters);
 * - `write` (one save: the document, its versions, Recent), median, with
 *   the version list as full as it gets, as in a long session;
 * - `read` (start-up restore through the loader) and `history` (opening
 *   the History panel: every version through the loader);
 * - with Chromium's quota (5,242,880 characters an origin), how many
 *   versions fit beside the document.
 * Run: npx tsx bench/autosave.bench.ts
 */
import { generateDesign } from "../src/core/analysis/generate-design";
import type { Design } from "../src/core/model/schema";
import { mallGoTemplate } from "../src/core/templates/mall-go";
import { DocStore, HISTORY_VERSIONS } from "../src/app/persistence/doc-store";
import { MemoryStorage } from "../src/app/persistence/memory-storage";
import { timeRuns } from "./time-runs";
import { setCodec } from "../src/app/persistence/pack-design";
import { deflateCodec } from "../src/app/persistence/deflate-codec";

// Measured under the quota of localStorage, the fallback where IndexedDB cannot be opened: there large designs are stored deflated.
setCodec(deflateCodec);

const QUOTA = 5 * 1024 * 1024;
const MINUTE = 60_000;
const n = (x: number) => x.toLocaleString("en");

const median = (runs: number, f: (i: number) => void): number => timeRuns(runs, f).median;

/** Fills the version list the way a long session does: one save every two minutes. */
function fill(store: DocStore, design: Design, count: number): number {
  let rev = 0;
  for (; rev < count; rev++) store.write({ docId: "a", rev: rev + 1, savedAt: rev * 2 * MINUTE, tabId: "t", design: { ...design, name: `v${rev}` } });
  return rev;
}

const cases: [string, Design, number][] = [
  ["mall-go", mallGoTemplate(), 30],
  ["1,000 services", generateDesign({ services: 1000, flowsPerService: 3, seed: 1 }), 10],
  ["10,000 services", generateDesign({ services: 10000, flowsPerService: 3, seed: 1 }), 5],
];

const rows: string[] = [];
for (const [label, design, runs] of cases) {
  const docChars = JSON.stringify(design).length;
  const store = new DocStore(new MemoryStorage());
  let rev = fill(store, design, HISTORY_VERSIONS);
  const write = median(runs, () => {
    rev++;
    store.write({ docId: "a", rev, savedAt: rev * 2 * MINUTE, tabId: "t", design });
  });
  const read = median(runs, () => store.read("a"));
  const history = median(Math.min(runs, 5), () => store.history("a"));

  const quota = new MemoryStorage(QUOTA);
  const limited = new DocStore(quota);
  let fits = "yes";
  try {
    fill(limited, design, HISTORY_VERSIONS + 2);
  } catch {
    fits = "no";
  }
  const versions = limited.history("a").length;
  rows.push(`| ${label} | ${n(docChars)} | ${write.toFixed(2)} | ${read.toFixed(1)} | ${history.toFixed(2)} | ${fits} | ${versions} |`);
}

console.log("## Autosave and local history (`DocStore`)");
console.log("");
console.log(`In-memory Storage (a browser adds its own copying and disk time); write is one save after ${HISTORY_VERSIONS} earlier saves, the version list as full as its budget allows. Quota: ${n(QUOTA)} characters (Chromium's per origin). Times in ms, median.`);
console.log("");
console.log("| design | document (chars) | write | read (restore) | history (panel) | saves within quota | versions kept within quota |");
console.log("|---|--:|--:|--:|--:|:-:|--:|");
for (const r of rows) console.log(r);
