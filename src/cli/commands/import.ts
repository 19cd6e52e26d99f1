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
import { cliT } from "../cli-locale";

export const SPEC = {
  name: "import",
  args: "<manifest | folder | ->...",
  positionals: [1, MAX_IMPORT_FILES],
  options: {
    kind: { type: "string", value: IMPORT_KINDS.join("|"), choices: IMPORT_KINDS },
    routes: { type: "boolean" },
    out: { type: "string", short: "o", value: "<file>" },
    quiet: { type: "boolean", short: "q" },
  },
} as const satisfies CommandSpec;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandLine(SPEC, args);
  if ("exit" in parsed) return parsed.exit;
  const { values, positionals } = parsed;
  const t = cliT();
  const cannotRead = (path: string, e: unknown) => {
    const code = (e as NodeJS.ErrnoException).code;
    return t(code === "ENOENT" ? "commandLine.import.noSuchFile" : code ? "commandLine.import.cannotReadCode" : "commandLine.import.cannotRead", { path, code: code ?? "" });
  };
  const kind = values.kind as ImportKind | undefined;
  const paths: string[] = [];
  for (const path of positionals) {
    try {
      if (path !== "-" && statSync(path).isDirectory()) {
        const found = listManifests(path);
        if (found.length === 0) {
          process.stderr.write(`seams import: ${t("commandLine.import.emptyFolder", { path })}\n`);
          return 2;
        }
        paths.push(...found);
      } else paths.push(path);
    } catch (e) {
      process.stderr.write(`seams import: ${cannotRead(path, e)}\n`);
      return 2;
    }
  }
  if (paths.length > MAX_IMPORT_FILES) {
    process.stderr.write(`seams import: ${t("commandLine.import.tooMany", { count: paths.length, max: MAX_IMPORT_FILES })}\n`);
    return 2;
  }
  const files: ImportFile[] = [];
  for (const path of paths) {
    try {
      // Refuse by size before reading, so a huge file costs nothing (UTF-8 takes at most 4 bytes a character).
      if (path !== "-" && statSync(path).size > MAX_IMPORT_CHARS * 4) {
        process.stderr.write(`seams import: ${t("commandLine.import.tooLarge", { path, mb: MAX_IMPORT_CHARS / 1024 / 1024 })}\n`);
        return 2;
      }
      files.push({ name: path === "-" ? "stdin" : path, text: readFileSync(path === "-" ? 0 : path, "utf8") });
    } catch (e) {
      process.stderr.write(`seams import: ${cannotRead(path, e)}\n`);
      return 2;
    }
  }
  const result = importFiles(files, { ...(kind ? { kind } : {}), gatewayRoutes: values.routes });
  if (!result.ok) {
    process.stderr.write(`seams import: ${t("commandLine.import.cannotImport")}\n${result.errors.map((e) => `  ${e}\n`).join("")}`);
    return 2;
  }
  const { design, report } = result;
  if (!values.quiet) {
    const note = (line: string) => process.stderr.write(`seams import: ${line}\n`);
    note(t("commandLine.import.read", { files: report.files.map((f) => `${f.name} (${f.kind})`).join(", ") }));
    const n = (list: unknown[] | undefined) => list?.length ?? 0;
    note(t("commandLine.import.found", { services: n(design.services), databases: n(design.databases), brokers: n(design.brokers), gateways: n(design.gateways), contexts: n(design.contexts), flows: n(design.flows) }));
    for (const f of report.found) if (f.hint) note(t("commandLine.import.leaveOut", { id: f.id, hint: f.hint }));
    for (const line of report.inferred) note(t("commandLine.import.inferred", { line }));
    for (const line of report.skipped) note(t("commandLine.import.skipped", { line }));
    for (const w of result.warnings) note(t("commandLine.import.warning", { warning: w }));
  }
  writeOutput(JSON.stringify(design, null, 2) + "\n", values.out);
  return 0;
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
