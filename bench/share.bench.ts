/**
 * Share-link size and speed (issue 5). For each template and generated
 * designs of 300, 1,000 and 10,000 services (1.5 flows each, as issue 6
 * sizes links), the whole URL's length on a 30-character base for:
 * - plain: JSON + zlib deflate (level 9) + base64url, `#pako:` — what
 *   Mermaid's live editor does;
 * - compact: our compact v1 form + raw deflate, no dictionary;
 * - ours: compact v1 + raw deflate with the v1 preset dictionary (`#d=1.`).
 * Then encode and decode times (decode includes `loadDesign`), median of
 * several runs after a warm-up, and how fast hostile links are refused.
 * Run: npx tsx bench/share.bench.ts
 */
import { deflateSync, strToU8, zlibSync } from "fflate";
import { generateDesign } from "../src/core/analysis/generate-design";
import type { Design } from "../src/core/model/schema";
import { encodeBase64Url } from "../src/core/share/base64url";
import { compactDesign } from "../src/core/share/compact-design";
import { DEFAULT_SHARE_BASE, decodeShareFragment, encodeShareFragment, MAX_FRAGMENT_CHARS, SAFE_LINK_CHARS } from "../src/core/share/index";
import { DICTIONARY_V1_TEXT } from "../src/core/share/dictionary-v1";
import { TEMPLATES } from "../src/core/templates/index";
import { timeRuns } from "./time-runs";

const urlLength = (fragment: string) => DEFAULT_SHARE_BASE.length + 1 + fragment.length;
const n = (x: number) => x.toLocaleString("en");

const median = (runs: number, f: (i: number) => void): number => timeRuns(runs, f).median;

const cases: { label: string; design: Design }[] = [
  ...TEMPLATES.map((t) => ({ label: t.id, design: t.create() })),
  ...[300, 1000, 10000].map((services) => ({ label: `generated ${n(services)}`, design: generateDesign({ services, flowsPerService: 1.5, seed: 1 }) })),
];

const rows: string[] = [];
for (const { label, design } of cases) {
  const json = JSON.stringify(design);
  const plain = urlLength(`pako:${encodeBase64Url(zlibSync(strToU8(json), { level: 9 }))}`);
  const compact = urlLength(`d=1.${encodeBase64Url(deflateSync(strToU8(JSON.stringify(compactDesign(design))), { level: 9 }))}`);
  const fragment = encodeShareFragment(design);
  const ours = urlLength(fragment);
  const runs = (design.services?.length ?? 0) >= 10000 ? 5 : 21;
  const encodeMs = median(runs, () => encodeShareFragment(design));
  const decoded = decodeShareFragment(fragment);
  const decodeMs = median(runs, () => decodeShareFragment(fragment));
  const decodeCell = decoded.ok ? decodeMs.toFixed(2) : `refused (over ${n(MAX_FRAGMENT_CHARS)}) in ${decodeMs.toFixed(3)}`;
  rows.push(
    `| ${label} | ${n(design.services?.length ?? 0)} | ${n(design.flows?.length ?? 0)} | ${n(json.length)} | ${n(plain)} | ${n(compact)} | **${n(ours)}** | ${Math.round((100 * ours) / plain)}% | ${encodeMs.toFixed(2)} | ${decodeCell} |`,
  );
}

const dictionary = strToU8(DICTIONARY_V1_TEXT);
const bombOf = (bytes: number) => `d=1.${encodeBase64Url(deflateSync(new Uint8Array(bytes), { level: 9, dictionary }))}`;
const hostile: [string, string][] = [
  ["over-long fragment (70,000 chars)", `d=1.${"A".repeat(70_000)}`],
  ["deflate bomb: 10 MB of zeros", bombOf(10_000_000)],
  ["deflate bomb: 45 MB of zeros", bombOf(45_000_000)],
  ["truncated mall-go link", encodeShareFragment(TEMPLATES[1]!.create()).slice(0, 700)],
];

console.log("## Share links (`encodeShareFragment` / `decodeShareFragment`)");
console.log("");
console.log(`URL length in characters on the base \`${DEFAULT_SHARE_BASE}\` (${DEFAULT_SHARE_BASE.length} chars). Goals: mall-go at most ${n(SAFE_LINK_CHARS)}, 300 services at most 16,000. Generated designs: \`generateDesign({ services, flowsPerService: 1.5, seed: 1 })\`. Times in ms, median after a warm-up; decode includes \`loadDesign\`.`);
console.log("");
console.log("| design | services | flows | JSON chars | plain JSON+deflate (`#pako:`) | compact, no dictionary | ours (`#d=1.`) | ours / plain | encode ms | decode ms |");
console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows) console.log(r);
console.log("");
console.log("| hostile link | fragment chars | refused in ms (median) | message |");
console.log("|---|---:|---:|---|");
for (const [label, link] of hostile) {
  const r = decodeShareFragment(link);
  const ms = median(9, () => decodeShareFragment(link));
  console.log(`| ${label} | ${n(link.length)} | ${ms.toFixed(3)} | ${r.ok ? "OPENED (bug)" : r.errors[0]!.message.slice(0, 70)} |`);
}
