import { MAX_FRAGMENT_CHARS, SAFE_LINK_CHARS } from "../../core/share/index";

/** How a link of this length travels: fine, long (some apps cut it), or too large to open at all. */
export type LinkFit = "fits" | "long" | "too-large";

/**
 * Judges a share link by its length. The fragment is what the opening side
 * refuses past `MAX_FRAGMENT_CHARS`; the whole link is what chat and mail
 * apps cut past `SAFE_LINK_CHARS`.
 * @example judgeLinkLength(1800, 1750) // "fits"
 */
export function judgeLinkLength(linkChars: number, fragmentChars: number): LinkFit {
  if (fragmentChars > MAX_FRAGMENT_CHARS) return "too-large";
  if (linkChars > SAFE_LINK_CHARS) return "long";
  return "fits";
}
