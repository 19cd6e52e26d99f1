/**
 * `seams export <target> <file | -> [-o out] [--gateway id]`: writes one
 * target's config for a design to stdout (or `-o`), the caveats to stderr.
 * `seams export --list` lists every target of EXPORT_TARGETS grouped as the
 * app's export dialog shows them. Exit 2 on a bad command line, an invalid
 * design (with the loader's messages), an unknown target, or a gateway that
 * cannot be chosen (with the design's gateway ids).
 */
import { ExportError, type ExportTarget } from "../../core/export/types";
import { EXPORT_TARGETS, exportTargetById } from "../../core/export/registry";
import { parseCommandLine, usageError, type CommandSpec } from "../command-line";

export const SPEC = {
  name: "export",
  args: "<target> <file | ->",
  summary: "Write one target's config (a gateway, a service registry or a diagram) for a design; caveats go to stderr.",
  positionals: [0, 2],
  options: {
    list: { type: "boolean", help: "list the targets, grouped: gateways, registries, diagrams" },
    out: { type: "string", short: "o", value: "<file>", help: "write to this file instead of standard output" },
    gateway: { type: "string", value: "<id>", help: "the gateway to export, when the design has more than one" },
  },
  details: ["seams export --list shows the targets.", "exit status: 0 written, 2 a bad command line, an invalid design, an unknown target or a gateway that cannot be chosen"],
} as const satisfies CommandSpec;

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
  const parsed = parseCommandLine(SPEC, args);
  if ("exit" in parsed) return parsed.exit;
  const { list: listing, out, gateway } = parsed.values;
  if (listing) {
    process.stdout.write(list());
    return 0;
  }
  if (parsed.positionals.length !== 2) return usageError(SPEC, parsed.positionals.length ? "give a target and a design" : "no target given (seams export --list shows them)").exit;
  const [targetId, source] = parsed.positionals as [string, string];
  const target = exportTargetById(targetId);
  if (!target) {
    process.stderr.write(`seams export: unknown target "${targetId}"; targets are: ${EXPORT_TARGETS.map((t) => t.id).join(", ")}\n`);
    return 2;
  }
  // The loader (and zod) only when a design is read: `--list` stays quick.
  const { readDesign, writeOutput } = await import("../io");
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
