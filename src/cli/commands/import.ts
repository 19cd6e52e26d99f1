/**
 * `seams import <file>... [--kind k8s|compose|backstage|openapi|asyncapi] [--routes] [-o design.json]`:
 * manifests to a design, through the same importers and loader as the app.
 * The design goes to stdout (or -o), what was inferred and skipped to stderr;
 * exit 2 with a clear message on input it cannot read.
 */
import { readFileSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { importFiles, IMPORT_KINDS, MAX_IMPORT_CHARS, type ImportFile, type ImportKind } from "../../core/import/index";
import { writeOutput } from "../io";

const USAGE = `usage: seams import <file>... [--kind ${IMPORT_KINDS.join("|")}] [--routes] [-o design.json]`;

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { kind: { type: "string" }, output: { type: "string", short: "o" }, routes: { type: "boolean" }, quiet: { type: "boolean", short: "q" } },
    });
  } catch (e) {
    process.stderr.write(`seams import: ${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    process.stderr.write(`seams import: no files given\n${USAGE}\n`);
    return 2;
  }
  const kind = values.kind;
  if (kind !== undefined && !(IMPORT_KINDS as readonly string[]).includes(kind)) {
    process.stderr.write(`seams import: unknown --kind "${kind}"; one of ${IMPORT_KINDS.join(", ")}\n`);
    return 2;
  }
  const files: ImportFile[] = [];
  for (const path of positionals) {
    try {
      // Refuse by size before reading, so a huge file costs nothing.
      if (path !== "-" && statSync(path).size > MAX_IMPORT_CHARS * 4) {
        process.stderr.write(`seams import: ${path}: the file is too large (at most ${MAX_IMPORT_CHARS / 1024 / 1024} MB)\n`);
        return 2;
      }
      files.push({ name: path === "-" ? "stdin" : path, text: readFileSync(path === "-" ? 0 : path, "utf8") });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      process.stderr.write(`seams import: cannot read ${path}${code === "ENOENT" ? ": no such file" : code === "EISDIR" ? ": a folder (give its files, e.g. dir/*.yaml)" : code ? `: ${code}` : ""}\n`);
      return 2;
    }
  }
  const result = importFiles(files, { ...(kind ? { kind: kind as ImportKind } : {}), gatewayRoutes: values.routes === true });
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
  writeOutput(JSON.stringify(design, null, 2) + "\n", values.output);
  return 0;
}
