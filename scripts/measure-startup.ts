/**
 * The command line's start-up figure: `seams export --list` from the bundle
 * against `node -e 0` on the same machine, interleaved so load on a shared
 * machine hits both alike. Run after `npm run build:cli`:
 *   npx tsx scripts/measure-startup.ts [runs]
 * Prints the medians and the difference (goal: at most 250 ms).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bin = path.join(root, "dist-cli", "seams.js");
if (!existsSync(bin)) throw new Error("no dist-cli/seams.js: run npm run build:cli first");
const runs = Number(process.argv[2] ?? 30);

function time(args: string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited ${r.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const base: number[] = [];
const list: number[] = [];
time(["-e", "0"]);
time([bin, "export", "--list"]);
for (let i = 0; i < runs; i++) {
  base.push(time(["-e", "0"]));
  list.push(time([bin, "export", "--list"]));
}
const [b, l] = [median(base), median(list)];
console.log(`node ${process.version}, ${runs} runs each, interleaved; medians:`);
console.log(`  node -e 0                 ${b.toFixed(0)} ms`);
console.log(`  seams export --list       ${l.toFixed(0)} ms`);
console.log(`  difference                ${(l - b).toFixed(0)} ms (goal: at most 250 ms)`);
