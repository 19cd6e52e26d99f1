/**
 * Fails when the JavaScript the first page load needs passes the budget.
 * Counts the entry script and every chunk it preloads (gzip, level 9), from
 * the production build in dist/. Sizes are stable, so this lives in
 * `npm test`; times are not, so they live in `npm run bench`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const BUDGET_GZIP_BYTES = 170 * 1024;

export function initialChunks(distDir: string): string[] {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const files = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)) files.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) files.add(m[1]!);
  return [...files];
}

export function initialGzipBytes(distDir: string): { file: string; gzip: number }[] {
  return initialChunks(distDir).map((file) => ({ file, gzip: gzipSync(readFileSync(join(distDir, file.replace(/^\//, ""))), { level: 9 }).length }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = new URL("../dist", import.meta.url).pathname;
  const sizes = initialGzipBytes(dist);
  const total = sizes.reduce((a, s) => a + s.gzip, 0);
  for (const s of sizes) process.stdout.write(`  ${s.file}  ${(s.gzip / 1024).toFixed(1)} KB gzip\n`);
  process.stdout.write(`initial JavaScript: ${(total / 1024).toFixed(1)} KB gzip (budget ${BUDGET_GZIP_BYTES / 1024} KB)\n`);
  if (total > BUDGET_GZIP_BYTES) {
    process.stderr.write(`initial JavaScript is over budget by ${((total - BUDGET_GZIP_BYTES) / 1024).toFixed(1)} KB: load more on first use\n`);
    process.exit(1);
  }
}
