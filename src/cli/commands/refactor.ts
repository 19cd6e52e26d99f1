/**
 * `seams refactor <file | -> --list [--format text|json]` lists the
 * refactorings that apply, each with the error and warning counts before and
 * after it; `seams refactor <file | -> <id> [-o out] [--event Name] [--broker id|new]`
 * writes the refactored design (stdout by default). Ids are stable for the
 * same file. Exit 2 on an invalid design, an unknown id or a bad command line.
 */
import { parseArgs } from "node:util";
import { analyzeDesign, applyRefactoring, countSeverities, listRefactorings, loadDesign, type Design } from "../../core/index";
import { readDesign, writeOutput } from "../io";

const USAGE = "usage: seams refactor <file | -> --list [--format text|json]\n       seams refactor <file | -> <id> [-o out] [--event Name] [--broker id|new]   (--event and --broker: call-to-event only)";

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { list: { type: "boolean" }, format: { type: "string", default: "text" }, output: { type: "string", short: "o" }, event: { type: "string" }, broker: { type: "string" }, help: { type: "boolean", short: "h" } } });
  } catch (e) {
    process.stderr.write(`seams refactor: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [file, id, ...extra] = positionals;
  const why = !file ? "no design given" : values.list ? (id ? "give either --list or an id" : values.format !== "text" && values.format !== "json" ? `--format must be text or json, not ${values.format}` : undefined) : !id ? "give a refactoring id, or --list" : extra.length ? `unexpected ${extra[0]}` : undefined;
  if (why) {
    process.stderr.write(`seams refactor: ${why}\n${USAGE}\n`);
    return 2;
  }
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
    process.stderr.write(`seams refactor: --event and --broker only go with a call-to-event\n${USAGE}\n`);
    return 2;
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
  writeOutput(`${JSON.stringify(result.design satisfies Design, null, 2)}\n`, values.output);
  return 0;
}
