/**
 * `seams export <target> <file | -> [-o out] [--gateway id]`: writes one
 * target's config for a design to stdout (or `-o`), the caveats to stderr.
 * `seams export --list` lists every target of EXPORT_TARGETS grouped as the
 * app's export dialog shows them. Exit 2 on a bad command line, an invalid
 * design (with the loader's messages), an unknown target, or a gateway that
 * cannot be chosen (with the design's gateway ids).
 */
import { EXPORT_TARGETS, ExportError, exportTargetById, type ExportTarget } from "../../core/index";
import { parseArgs, readDesign, writeOutput } from "../io";

const USAGE = "usage: seams export <target> <file | -> [-o out] [--gateway id]\n       seams export --list";

const GROUPS: readonly { scope: ExportTarget["scope"]; title: string }[] = [
  { scope: "gateway", title: "Gateways (one file per gateway; --gateway <id> when the design has several)" },
  { scope: "registry", title: "Registries (one file for the whole design)" },
  { scope: "diagram", title: "Diagrams (one file for the whole design)" },
];

/** Every target, grouped by scope under a heading, one indented `id  summary` line each. */
function list(): string {
  const width = Math.max(0, ...EXPORT_TARGETS.map((t) => t.id.length));
  return GROUPS.filter((g) => EXPORT_TARGETS.some((t) => t.scope === g.scope))
    .map((g) => [`${g.title}:`, ...EXPORT_TARGETS.filter((t) => t.scope === g.scope).map((t) => `  ${t.id.padEnd(width)}  ${t.summary}`)].join("\n"))
    .join("\n\n") + "\n";
}

export async function run(args: string[]): Promise<number> {
  const { positional, options } = parseArgs(args, ["-o", "--out", "--gateway"]);
  if (options.has("--list")) {
    process.stdout.write(list());
    return 0;
  }
  if (options.has("--help") || options.has("-h")) {
    process.stdout.write(`${USAGE}\n\ntargets:\n${list()}`);
    return 0;
  }
  const known = new Set(["-o", "--out", "--gateway"]);
  const unknownOption = [...options.keys()].find((k) => !known.has(k));
  if (unknownOption) {
    process.stderr.write(`seams export: unknown option ${unknownOption}\n${USAGE}\n`);
    return 2;
  }
  const out = options.get("-o") ?? options.get("--out");
  const gateway = options.get("--gateway");
  if (out === true || gateway === true) {
    process.stderr.write(`seams export: ${out === true ? "-o needs a file name" : "--gateway needs a gateway id"}\n${USAGE}\n`);
    return 2;
  }
  if (positional.length !== 2) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const [targetId, source] = positional as [string, string];
  const target = exportTargetById(targetId);
  if (!target) {
    process.stderr.write(`seams export: unknown target "${targetId}"; targets are: ${EXPORT_TARGETS.map((t) => t.id).join(", ")}\n`);
    return 2;
  }
  const design = readDesign(source);
  if (!design) return 2;
  let output;
  try {
    output = target.generate(design, gateway === undefined ? {} : { gatewayId: gateway });
  } catch (e) {
    if (!(e instanceof ExportError)) throw e;
    const hint = target.scope === "gateway" && (design.gateways?.length ?? 0) > 1 ? " (choose one with --gateway <id>)" : "";
    process.stderr.write(`seams export: ${e.message}${hint}\n`);
    return 2;
  }
  writeOutput(output.content, out);
  for (const c of output.caveats) process.stderr.write(`seams export: caveat: ${c.message}\n`);
  if (out && out !== "-") process.stderr.write(`seams export: wrote ${out} (${target.title}, suggested name ${output.fileName})\n`);
  return 0;
}
