/**
 * `seams share <file | -> [--base URL]`: prints the share link of a design.
 * The default base is `DEFAULT_SHARE_BASE`; pass the address the app is
 * served from. Links longer than `SAFE_LINK_CHARS` still print, with a
 * warning on stderr; past the fragment cap nothing prints and the exit is 1,
 * because no Seams would open that link.
 */
import { DEFAULT_SHARE_BASE, MAX_FRAGMENT_CHARS, SAFE_LINK_CHARS, shareUrl } from "../../core/index";
import { parseCommandLine, type CommandSpec } from "../command-line";
import { readDesign } from "../io";
import { cliT } from "../cli-locale";

export const SPEC = {
  name: "share",
  args: "<file | ->",
  positionals: [1, 1],
  options: {
    base: { type: "string", value: "<url>", default: DEFAULT_SHARE_BASE },
  },
} as const satisfies CommandSpec;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandLine(SPEC, args);
  if ("exit" in parsed) return parsed.exit;
  const { base } = parsed.values;
  const design = readDesign(parsed.positionals[0]);
  if (!design) return 2;
  const url = shareUrl(design, base);
  const fragment = url.length - url.indexOf("#") - 1;
  if (fragment > MAX_FRAGMENT_CHARS) {
    process.stderr.write(`seams share: ${cliT()("commandLine.share.tooLong", { length: url.length, cap: MAX_FRAGMENT_CHARS })}\n`);
    return 1;
  }
  if (url.length > SAFE_LINK_CHARS) process.stderr.write(`seams share: ${cliT()("commandLine.share.long", { length: url.length, safe: SAFE_LINK_CHARS })}\n`);
  process.stdout.write(url + "\n");
  return 0;
}
