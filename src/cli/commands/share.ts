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

export const SPEC = {
  name: "share",
  args: "<file | ->",
  summary: "Print the share link of a design: the whole design in the link's fragment, never sent to a server.",
  positionals: [1, 1],
  options: {
    base: { type: "string", value: "<url>", default: DEFAULT_SHARE_BASE, help: "the address the app is served from" },
  },
  details: ["exit status: 0 printed, 1 the design is too large for a link, 2 an invalid design or a bad command line"],
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
    process.stderr.write(`seams share: the link would be ${url.length} characters, over the ${MAX_FRAGMENT_CHARS}-character cap a link can carry; share the design file instead\n`);
    return 1;
  }
  if (url.length > SAFE_LINK_CHARS) process.stderr.write(`seams share: warning: the link is ${url.length} characters; some email clients and chat apps cut links past ${SAFE_LINK_CHARS}\n`);
  process.stdout.write(url + "\n");
  return 0;
}
