/**
 * `seams refactor <file | -> --list [--format text|json]` lists the
 * refactorings that apply, each with the error and warning counts before and
 * after it; `seams refactor <file | -> <id> [-o out] [--event Name] [--broker id|new]`
 * writes the refactored design (stdout by default). Ids are stable for the
 * same file. Exit 2 on an invalid design, an unknown id or a bad command line.
 */
import { analyzeDesign, applyRefactoring, countSeverities, listRefactorings, loadDesign, type Design } from "../../core/index";
import { parseCommandLine, usageError, type CommandSpec } from "../command-line";
import { readDesign, writeOutput } from "../io";
import { cliT } from "../cli-locale";

export const SPEC = {
  name: "refactor",
  args: "<file | -> (--list | <id>)",
  positionals: [1, 2],
  options: {
    list: { type: "boolean" },
    format: { type: "string", value: "text|json", choices: ["text", "json"], default: "text" },
    out: { type: "string", short: "o", value: "<file>" },
    event: { type: "string", value: "<name>" },
    broker: { type: "string", value: "<id|new>" },
  },
} as const satisfies CommandSpec;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandLine(SPEC, args);
  if ("exit" in parsed) return parsed.exit;
  const values = parsed.values;
  const [file, id] = parsed.positionals;
  const t = cliT();
  if (values.list && id) return usageError(SPEC, t("commandLine.refactor.error.listOrId")).exit;
  if (!values.list && !id) return usageError(SPEC, t("commandLine.refactor.error.idOrList")).exit;
  const design = readDesign(file);
  if (!design) return 2;
  const before = analyzeDesign(design);
  const list = listRefactorings(design, before);

  if (values.list) {
    const rows = list.map((r) => {
      const after = countSeverities(analyzeDesign(applyRefactoring(design, r.plan).design));
      const was = countSeverities(before);
      return { id: r.id, kind: r.kind, title: r.title, elements: r.elements, before: { errors: was.error, warnings: was.warning }, after: { errors: after.error, warnings: after.warning } };
    });
    if (values.format === "json") process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    else if (!rows.length) process.stdout.write(`${t("commandLine.refactor.none", { name: design.name })}\n`);
    else {
      const width = Math.max(...rows.map((r) => r.id.length));
      for (const r of rows) process.stdout.write(`${r.id.padEnd(width)}  ${r.before.errors}E ${r.before.warnings}W -> ${r.after.errors}E ${r.after.warnings}W  ${r.title}\n`);
    }
    return 0;
  }

  const chosen = list.find((r) => r.id === id);
  if (!chosen) {
    process.stderr.write(`seams refactor: ${t("commandLine.refactor.error.noSuch", { id: id!, design: design.name })}${list.length ? `${t("commandLine.refactor.error.tryOne")}\n${list.map((r) => `  ${r.id}`).join("\n")}` : ""}\n`);
    return 2;
  }
  if ((values.event !== undefined || values.broker !== undefined) && chosen.kind !== "call-to-event") {
    return usageError(SPEC, t("commandLine.refactor.error.eventOnly")).exit;
  }
  let result;
  try {
    result = applyRefactoring(design, chosen.plan.kind === "call-to-event" ? { ...chosen.plan, event: values.event, broker: values.broker } : chosen.plan);
  } catch (e) {
    process.stderr.write(`seams refactor: ${(e as Error).message}\n`);
    return 2;
  }
  // The result goes out only if the loader takes it back, as everything the command line writes.
  const check = loadDesign(JSON.stringify(result.design));
  if (!check.ok) {
    process.stderr.write(`seams refactor: ${t("commandLine.refactor.error.refused", { id: chosen.id })}\n`);
    return 3;
  }
  for (const c of result.changes) process.stderr.write(`seams refactor: ${c}\n`);
  writeOutput(`${JSON.stringify(result.design satisfies Design, null, 2)}\n`, values.out);
  return 0;
}
