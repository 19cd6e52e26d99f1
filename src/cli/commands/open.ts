/**
 * `seams open <link or fragment>`: prints the design a share link carries,
 * as pretty JSON (2-space) on stdout. Exit 2 with the reason on a bad link.
 * `-` reads the link from standard input (links are long for a shell line).
 */
import { decodeShareFragment, formatLoadError } from "../../core/index";
import { readSource } from "../io";

export async function run(args: string[]): Promise<number> {
  if (args.length !== 1) {
    process.stderr.write("usage: seams open <link or fragment | ->\n");
    return 2;
  }
  let link = args[0]!;
  if (link === "-") {
    try {
      link = readSource("-");
    } catch {
      process.stderr.write("seams open: cannot read standard input\n");
      return 2;
    }
  }
  const result = decodeShareFragment(link.trim());
  if (!result.ok) {
    process.stderr.write("seams open: cannot open this link:\n");
    for (const e of result.errors) process.stderr.write(`  ${formatLoadError(e)}\n`);
    return 2;
  }
  for (const w of result.warnings) process.stderr.write(`seams open: warning: ${w}\n`);
  process.stdout.write(JSON.stringify(result.design, null, 2) + "\n");
  return 0;
}
