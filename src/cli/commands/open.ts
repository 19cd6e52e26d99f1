/**
 * `seams open <link or fragment>`: prints the design a share link carries,
 * as pretty JSON (2-space) on stdout. Exit 2 with the reason on a bad link.
 * `-` reads the link from standard input (links are long for a shell line).
 */
import { renderLoadWarnings } from "../../i18n/render-load-warnings";
import { decodeShareFragment } from "../../core/index";
import { renderLoadError } from "../../i18n/render-load-error";
import { parseCommandLine, type CommandSpec } from "../command-line";
import { readSource } from "../io";
import { cliT } from "../cli-locale";

export const SPEC = {
  name: "open",
  args: "<link or fragment | ->",
  positionals: [1, 1],
  options: {},
} as const satisfies CommandSpec;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandLine(SPEC, args);
  if ("exit" in parsed) return parsed.exit;
  let link = parsed.positionals[0]!;
  const t = cliT();
  if (link === "-") {
    try {
      link = readSource("-");
    } catch {
      process.stderr.write(`seams open: ${t("commandLine.open.cannotReadStdin")}\n`);
      return 2;
    }
  }
  const result = decodeShareFragment(link.trim());
  if (!result.ok) {
    process.stderr.write(`seams open: ${t("commandLine.open.cannotOpen")}\n`);
    for (const e of result.errors) process.stderr.write(`  ${renderLoadError(t, e)}\n`);
    return 2;
  }
  for (const w of renderLoadWarnings(t, result)) process.stderr.write(`seams open: ${t("commandLine.open.warning", { warning: w })}\n`);
  process.stdout.write(JSON.stringify(result.design, null, 2) + "\n");
  return 0;
}
