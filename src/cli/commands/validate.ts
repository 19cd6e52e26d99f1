/**
 * `seams validate <file | ->`: loads a design through the one loader and
 * says whether it is valid; exit 2 with the loader's messages when not.
 */
import { parseCommandLine, type CommandSpec } from "../command-line";
import { readDesign } from "../io";
import { cliT } from "../cli-locale";

export const SPEC = {
  name: "validate",
  args: "<file | ->",
  positionals: [1, 1],
  options: {},
} as const satisfies CommandSpec;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandLine(SPEC, args);
  if ("exit" in parsed) return parsed.exit;
  const source = parsed.positionals[0]!;
  const design = readDesign(source);
  if (!design) return 2;
  process.stdout.write(`${cliT()("commandLine.validate.valid", { source, name: design.name, services: design.services?.length ?? 0, flows: design.flows?.length ?? 0 })}\n`);
  return 0;
}
