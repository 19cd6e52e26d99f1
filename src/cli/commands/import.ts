/**
 * `seams import <manifest | folder | ->... [--kind k8s|compose|backstage|openapi|asyncapi] [--routes] [-o design.json]`:
 * manifests to a design, through the same importers and loader as the app.
 * The design goes to stdout (or -o), what was inferred and skipped to stderr;
 * exit 2 with a clear message on input it cannot read.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { importFiles, IMPORT_KINDS, MAX_IMPORT_CHARS, MAX_IMPORT_FILES, type ImportFile, type ImportKind } from "../../core/import/index";
import { writeOutput } from "../io";
import { parseCommandLine, type CommandSpec } from "../command-line";

export const SPEC = {
  name: "import",
  args: "<manifest | folder | ->...",
  summary: "Read Kubernetes manifests, Compose files, Backstage catalogs, OpenAPI or AsyncAPI documents (or folders of them) and write one design.",
  positionals: [1, MAX_IMPORT_FILES],
  options: {
    kind: { type: "string", value: IMPORT_KINDS.join("|"), choices: IMPORT_KINDS, help: "read every file as this kind (detected per file when not given)" },
    routes: { type: "boolean", help: "also make OpenAPI paths routes on a gateway" },
    out: { type: "string", short: "o", value: "<file>", help: "write the design here instead of standard output" },
    quiet: { type: "boolean", short: "q", help: "no notes on standard error" },
  },
  details: ["The design goes to standard output; what was found, inferred and skipped to standard error.", "exit status: 0 imported, 2 input it cannot read or a bad command line"],
} as const satisfies CommandSpec;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandLine(SPEC, args);
  if ("exit" in parsed) return parsed.exit;
  const { values, positionals } = parsed;
  const kind = values.kind as ImportKind | undefined;
  const paths: string[] = [];
  for (const path of positionals) {
    try {
      if (path !== "-" && statSync(path).isDirectory()) {
        const found = listManifests(path);
        if (found.length === 0) {
          process.stderr.write(`seams import: ${path}: a folder without .yaml, .yml or .json files\n`);
          return 2;
        }
        paths.push(...found);
      } else paths.push(path);
    } catch (e) {
      process.stderr.write(`seams import: cannot read ${path}${describeCode(e)}\n`);
      return 2;
    }
  }
  if (paths.length > MAX_IMPORT_FILES) {
    process.stderr.write(`seams import: too many files (${paths.length}; at most ${MAX_IMPORT_FILES})\n`);
    return 2;
  }
  const files: ImportFile[] = [];
  for (const path of paths) {
    try {
      // Refuse by size before reading, so a huge file costs nothing (UTF-8 takes at most 4 bytes a character).
      if (path !== "-" && statSync(path).size > MAX_IMPORT_CHARS * 4) {
        process.stderr.write(`seams import: ${path}: the file is too large (at most ${MAX_IMPORT_CHARS / 1024 / 1024} MB)\n`);
        return 2;
      }
      files.push({ name: path === "-" ? "stdin" : path, text: readFileSync(path === "-" ? 0 : path, "utf8") });
    } catch (e) {
      process.stderr.write(`seams import: cannot read ${path}${describeCode(e)}\n`);
      return 2;
    }
  }
  const result = importFiles(files, { ...(kind ? { kind } : {}), gatewayRoutes: values.routes });
  if (!result.ok) {
    process.stderr.write(`seams import: cannot import:\n${result.errors.map((e) => `  ${e}\n`).join("")}`);
    return 2;
  }
  const { design, report } = result;
  if (!values.quiet) {
    const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
    const note = (line: string) => process.stderr.write(`seams import: ${line}\n`);
    note(`read ${report.files.map((f) => `${f.name} (${f.kind})`).join(", ")}`);
    note(`found ${count(design.services?.length ?? 0, "service")}, ${count(design.databases?.length ?? 0, "database")}, ${count(design.brokers?.length ?? 0, "broker")}, ${count(design.gateways?.length ?? 0, "gateway")}, ${count(design.contexts?.length ?? 0, "context")}, ${count(design.flows?.length ?? 0, "flow")}`);
    for (const f of report.found) if (f.hint) note(`consider leaving out ${f.id}: ${f.hint}`);
    for (const line of report.inferred) note(`inferred ${line}`);
    for (const line of report.skipped) note(`skipped ${line}`);
    for (const w of result.warnings) note(`warning: ${w}`);
  }
  writeOutput(JSON.stringify(design, null, 2) + "\n", values.out);
  return 0;
}

function describeCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === "ENOENT" ? ": no such file" : code ? `: ${code}` : "";
}

/** The manifests in a folder and its subfolders (a kustomize or Helm output tree), in name order; hidden entries are left out. */
function listManifests(dir: string, depth = 0): string[] {
  if (depth > 4) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listManifests(path, depth + 1));
    else if (entry.isFile() && /\.(?:ya?ml|json)$/i.test(entry.name)) out.push(path);
  }
  return out;
}
