/**
 * `seams share <file | -> [--base URL]`: prints the share link of a design.
 * The default base is `DEFAULT_SHARE_BASE`; pass the address the app is
 * served from. Links longer than `SAFE_LINK_CHARS` still print, with a
 * warning on stderr; past the fragment cap nothing prints and the exit is 1,
 * because no Seams would open that link.
 */
import { DEFAULT_SHARE_BASE, MAX_FRAGMENT_CHARS, SAFE_LINK_CHARS, shareUrl } from "../../core/index";
import { parseArgs, readDesign } from "../io";

export async function run(args: string[]): Promise<number> {
  const { positional, options } = parseArgs(args, ["--base"]);
  const base = options.get("--base") ?? DEFAULT_SHARE_BASE;
  if (base === true) {
    process.stderr.write("seams share: --base needs a URL, e.g. --base https://seams.example.com/app/\n");
    return 2;
  }
  if (positional.length > 1) {
    process.stderr.write(`seams share: one design at a time (got ${positional.length})\n`);
    return 2;
  }
  const design = readDesign(positional[0]);
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
