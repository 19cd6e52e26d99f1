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

export const SPEC = {
  name: "refactor",
  args: "<file | -> (--list | <id>)",
  summary: "List the refactorings that apply to a design, with its error and warning counts before and after each, or apply one by its id.",
  positionals: [1, 2],
  options: {
    list: { type: "boolean", help: "list the refactorings that apply" },
    format: { type: "string", value: "text|json", choices: ["text", "json"], default: "text", help: "how --list prints" },
    out: { type: "string", short: "o", value: "<file>", help: "write the refactored design here (default: standard output)" },
    event: { type: "string", value: "<name>", help: "call-to-event: the event's name (default: from the call's label)" },
    broker: { type: "string", value: "<id|new>", help: "call-to-event: the broker, or new (default: the callee's context's, else the first)" },
  },
  details: ["ids are stable for the same file: <kind>:<ids>, e.g. call-to-event:user-calls-order", "exit status: 0 done, 2 an invalid design, an id that does not apply or a bad command line"],
} as const satisfies CommandSpec;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandLine(SPEC, args);
  if ("exit" in parsed) return parsed.exit;
  const values = parsed.values;
  const [file, id] = parsed.positionals;
  if (values.list && id) return usageError(SPEC, "give either --list or an id").exit;
  if (!values.list && !id) return usageError(SPEC, "give a refactoring id, or --list").exit;
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
    else if (!rows.length) process.stdout.write(`${design.name}: no refactoring applies\n`);
    else {
      const width = Math.max(...rows.map((r) => r.id.length));
      for (const r of rows) process.stdout.write(`${r.id.padEnd(width)}  ${r.before.errors}E ${r.before.warnings}W -> ${r.after.errors}E ${r.after.warnings}W  ${r.title}\n`);
    }
    return 0;
  }

  const chosen = list.find((r) => r.id === id);
  if (!chosen) {
    process.stderr.write(`seams refactor: no refactoring "${id}" applies to ${design.name}${list.length ? `; try one of:\n${list.map((r) => `  ${r.id}`).join("\n")}` : ""}\n`);
    return 2;
  }
  if ((values.event !== undefined || values.broker !== undefined) && chosen.kind !== "call-to-event") {
    return usageError(SPEC, "--event and --broker only go with a call-to-event").exit;
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
    process.stderr.write(`seams refactor: internal error: ${chosen.id} made a design the loader refuses\n`);
    return 3;
  }
  for (const c of result.changes) process.stderr.write(`seams refactor: ${c}\n`);
  writeOutput(`${JSON.stringify(result.design satisfies Design, null, 2)}\n`, values.out);
  return 0;
}
