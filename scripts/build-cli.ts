/**
 * Bundles the command line into dist-cli/ for the npm package (`npm pack`
 * runs it as `prepack`): plain ES modules for Node 20, every dependency it
 * uses inlined, so an installed package runs `seams` with no tsx and no
 * dev dependencies. Each command of src/cli/main.ts's COMMANDS is a lazy
 * `import()`, which esbuild splits into its own chunk: a command added there
 * is picked up with no change here, and start-up loads only the command that
 * runs.
 */
import { build } from "esbuild";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outdir = path.join(root, "dist-cli");
const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { seams: path.join(root, "src/cli/main.ts") },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "linked",
  chunkNames: "chunks/[name]-[hash]",
  // yaml is CommonJS and requires node builtins: give the ES module output a `require`.
  banner: { js: '#!/usr/bin/env node\nimport { createRequire as __seamsRequire } from "node:module"; const require = __seamsRequire(import.meta.url);' },
  define: { "process.env.SEAMS_BUILT_VERSION": JSON.stringify(version) },
  metafile: true,
  logLevel: "warning",
});

// The bundle carries other people's code: their licence texts go beside it.
const packages = new Set<string>();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (match) packages.add(match[1]!);
}
const notices = [...packages].sort().map((name) => {
  const dir = path.join(root, "node_modules", name);
  const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string; license?: string };
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  const text = file && existsSync(path.join(dir, file)) ? readFileSync(path.join(dir, file), "utf8").trim() : `licence: ${pkg.license ?? "unknown"}`;
  return `${name}@${pkg.version} (${pkg.license ?? "see below"})\n\n${text}\n`;
});
writeFileSync(path.join(outdir, "THIRD-PARTY-LICENSES.txt"), `The command line in this folder bundles these packages:\n\n${notices.join("\n" + "-".repeat(72) + "\n\n")}`);

const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(`dist-cli: ${Object.keys(result.metafile.outputs).length} files, ${(bytes / 1024).toFixed(0)} KB`);
