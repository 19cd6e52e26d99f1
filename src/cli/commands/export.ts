/**
 * `seams export <target> <file | -> [-o out] [--gateway id]`: writes one
 * target's config for a design to stdout (or `-o`), the caveats to stderr.
 * `seams export --list` lists every target of EXPORT_TARGETS grouped as the
 * app's export dialog shows them. Exit 2 on a bad command line, an invalid
 * design (with the loader's messages), an unknown target, or a gateway that
 * cannot be chosen (with the design's gateway ids).
 */
import { targetText } from "../../i18n/target-text";
import { ExportError, type ExportTarget } from "../../core/export/types";
import { EXPORT_TARGETS, exportTargetById } from "../../core/export/registry";
import { parseCommandLine, usageError, type CommandSpec } from "../command-line";
import { cliT, currentCliLocale } from "../cli-locale";
import { caveatText, caveatWords, exportErrorText } from "../../i18n/render-caveat";

export const SPEC = {
  name: "export",
  args: "<target> <file | ->",
  positionals: [0, 2],
  options: {
    list: { type: "boolean" },
    out: { type: "string", short: "o", value: "<file>" },
    gateway: { type: "string", value: "<id>" },
  },
} as const satisfies CommandSpec;

const GROUPS: readonly ExportTarget["scope"][] = ["gateway", "registry", "diagram"];

/** Every target, grouped by scope under a heading, one indented `id  summary` line each. */
function list(): string {
  const width = Math.max(0, ...EXPORT_TARGETS.map((t) => t.id.length));
  const say = cliT();
  return GROUPS.filter((g) => EXPORT_TARGETS.some((t) => t.scope === g))
    .map((g) => [`${say(`commandLine.export.group.${g}`)}:`, ...EXPORT_TARGETS.filter((t) => t.scope === g).map((t) => `  ${t.id.padEnd(width)}  ${targetText(say, t).summary}`)].join("\n"))
    .join("\n\n") + "\n";
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandLine(SPEC, args);
  if ("exit" in parsed) return parsed.exit;
  const { list: listing, out, gateway } = parsed.values;
  const t = cliT();
  if (listing) {
    process.stdout.write(list());
    return 0;
  }
  if (parsed.positionals.length !== 2) return usageError(SPEC, t(parsed.positionals.length ? "commandLine.export.error.targetAndDesign" : "commandLine.export.error.noTarget")).exit;
  const [targetId, source] = parsed.positionals as [string, string];
  const target = exportTargetById(targetId);
  if (!target) {
    process.stderr.write(`seams export: ${t("commandLine.export.error.unknownTarget", { target: targetId, targets: EXPORT_TARGETS.map((e) => e.id).join(", ") })}\n`);
    return 2;
  }
  // The loader (and zod) only when a design is read: `--list` stays quick.
  const { readDesign, writeOutput } = await import("../io");
  const design = readDesign(source);
  if (!design) return 2;
  let output;
  try {
    // English is the core's own words, so the default output is byte for byte what it always was.
    const words = currentCliLocale() === "en" ? {} : { words: caveatWords(t) };
    output = target.generate(design, gateway === undefined ? words : { gatewayId: gateway, ...words });
  } catch (e) {
    if (!(e instanceof ExportError)) throw e;
    const hint = target.scope === "gateway" && (design.gateways?.length ?? 0) > 1 ? t("commandLine.export.error.chooseGateway") : "";
    process.stderr.write(`seams export: ${exportErrorText(t, e)}${hint}\n`);
    return 2;
  }
  writeOutput(output.content, out);
  for (const c of output.caveats) process.stderr.write(`seams export: ${t("commandLine.export.caveat", { text: caveatText(t, c) })}\n`);
  if (out && out !== "-") process.stderr.write(`seams export: ${t("commandLine.export.wrote", { file: out, target: target.title, name: output.fileName })}\n`);
  return 0;
}
