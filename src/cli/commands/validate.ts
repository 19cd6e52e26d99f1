/**
 * `seams validate <file | ->`: loads a design through the one loader and
 * says whether it is valid; exit 2 with the loader's messages when not.
 */
import { parseCommandLine, type CommandSpec } from "../command-line";
import { readDesign } from "../io";

export const SPEC = {
  name: "validate",
  args: "<file | ->",
  summary: "Load a design and report its problems by field path.",
  positionals: [1, 1],
  options: {},
  details: ["exit status: 0 valid, 2 invalid or a bad command line"],
} as const satisfies CommandSpec;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandLine(SPEC, args);
  if ("exit" in parsed) return parsed.exit;
  const source = parsed.positionals[0]!;
  const design = readDesign(source);
  if (!design) return 2;
  process.stdout.write(`${source}: a valid design "${design.name}" (${design.services?.length ?? 0} services, ${design.flows?.length ?? 0} flows)\n`);
  return 0;
}
