/**
 * Share links: a whole design, layout included, in a URL fragment.
 *
 * ```ts
 * const url = shareUrl(design, "https://seams.example.com/app/");
 * //  -> "https://seams.example.com/app/#d=1.<payload>"
 * const r = decodeShareFragment(url);          // or "#d=1.…" or "d=1.…"
 * if (r.ok) open(r.design); else show(r.errors.map(formatLoadError));
 * ```
 *
 * - The design travels in the fragment (`#…`), never the query: browsers do
 *   not send the fragment to any server.
 * - `1.` is the link version. It means compact form v1 (compact-design.ts)
 *   deflated against dictionary v1 (dictionary-v1.ts). Neither may ever
 *   change; a better encoding gets prefix `2.` and this one keeps decoding.
 * - The payload is raw deflate in base64url without padding.
 * - Compression is fflate's, pure and synchronous, in Node and in every
 *   browser. Not `CompressionStream('deflate-raw')`: it cannot take a preset
 *   dictionary, and the dictionary is what brings the mall-go link under
 *   2,000 characters (and it is asynchronous, which the loader is not).
 * - Decoding is defensive: over `MAX_FRAGMENT_CHARS` is refused before any
 *   work, percent-escapes a chat app added are undone, inflating stops past
 *   `MAX_INFLATED_BYTES`, expanding stops at the link limits of
 *   model/limits.ts (the compact form implies most values, so it amplifies),
 *   and the result goes through `loadDesign` like any file. It never throws; every problem is a
 *   `LoadResult` error with path "link" (or the loader's field path).
 */
import { deflateSync, strFromU8, strToU8 } from "fflate";
import type { Design } from "../model/schema";
import { loadDesign, type LoadResult } from "../load/load-design";
import { decodeBase64Url, encodeBase64Url } from "./base64url";
import { CompactError, LinkLimitError } from "./compact-codec";
import { linkExcess } from "./compact-limits";
import { compactDesign, expandDesign } from "./compact-design";
import { DICTIONARY_V1_TEXT } from "./dictionary-v1";
import { inflateCapped } from "./inflate-capped";
import { JsonValueCounter } from "./count-json-values";

/** The fragment parameter that carries the design: `#d=1.<payload>`. */
export const SHARE_PARAM = "d";
/** The link version this Seams writes. */
export const SHARE_VERSION = 1;
/** Fragments longer than this are refused before decoding. */
export const MAX_FRAGMENT_CHARS = 65536;
/** Inflating stops past this many bytes of output. */
export const MAX_INFLATED_BYTES = 5 * 1024 * 1024;
/** Longer links are cut by some email clients and chat apps: warn past this. */
export const SAFE_LINK_CHARS = 2000;
/** The base the command line uses unless told otherwise (30 characters, like a real deployment's). */
export const DEFAULT_SHARE_BASE = "https://seams.example.com/app/";

const DICTIONARY_V1 = strToU8(DICTIONARY_V1_TEXT);

/**
 * The fragment (without `#`) that carries a design.
 * @example encodeShareFragment(emptyDesign()) // "d=1.i45W…"
 */
export function encodeShareFragment(design: Design): string {
  const json = JSON.stringify(compactDesign(design));
  const packed = deflateSync(strToU8(json), { level: 9, dictionary: DICTIONARY_V1 });
  return `${SHARE_PARAM}=${SHARE_VERSION}.${encodeBase64Url(packed)}`;
}

/**
 * A full share link: `base` without any fragment it had, then `#` and the fragment.
 * @example shareUrl(design, "https://seams.example.com/app/#old") // "https://seams.example.com/app/#d=1.…"
 */
export function shareUrl(design: Design, base: string): string {
  const hash = base.indexOf("#");
  return `${hash >= 0 ? base.slice(0, hash) : base}#${encodeShareFragment(design)}`;
}

const linkError = (message: string): LoadResult => ({ ok: false, errors: [{ path: "link", message }] });

/**
 * The design a share link carries, through the same loader as files.
 * Accepts a full URL, `#d=…` or `d=…`. Never throws.
 * @example decodeShareFragment("https://seams.example.com/app/#d=1.…") // { ok: true, design, warnings }
 */
export function decodeShareFragment(fragmentOrUrl: string): LoadResult {
  try {
    return decode(fragmentOrUrl);
  } catch (e) {
    // Nothing below should throw; if something does, it is still a bad link, not a crash.
    return linkError(`the link could not be opened (${e instanceof Error ? e.message : String(e)})`);
  }
}

function decode(input: string): LoadResult {
  if (typeof input !== "string") return linkError("a link must be text");
  // The "#" itself may have been escaped on the way ("%23").
  const hash = /#|%23/i.exec(input);
  const raw = hash ? input.slice(hash.index + hash[0].length) : input;
  if (raw.length > MAX_FRAGMENT_CHARS)
    return linkError(`the link is too long to open (${raw.length} characters after "#"; at most ${MAX_FRAGMENT_CHARS}). Share the design file instead.`);
  const unescaped = percentDecode(raw);
  if (!unescaped.ok) return linkError(unescaped.message);
  const fragment = unescaped.text;

  // Email clients wrap long links; base64url has no whitespace, so any found was added on the way.
  const params = fragment.replace(/\s+/g, "").split("&");
  const param = params.find((p) => p.startsWith(`${SHARE_PARAM}=`));
  if (param === undefined) return linkError(`this link carries no design (expected "#${SHARE_PARAM}=${SHARE_VERSION}.…")`);
  const value = param.slice(SHARE_PARAM.length + 1);
  const dot = value.indexOf(".");
  const version = dot >= 0 ? value.slice(0, dot) : "";
  if (version !== String(SHARE_VERSION)) {
    const shown = JSON.stringify(version.slice(0, 12));
    return linkError(
      /^[1-9]\d{0,8}$/.test(version) && Number(version) > SHARE_VERSION
        ? `this link was made by a newer Seams (link version ${version}); this Seams opens version ${SHARE_VERSION} links. Update Seams to open it.`
        : `this link's version is ${dot >= 0 ? `${shown}, which Seams does not know` : "missing"}; this Seams opens version ${SHARE_VERSION} links (#${SHARE_PARAM}=${SHARE_VERSION}.…)`,
    );
  }
  const payload = value.slice(dot + 1);
  if (payload === "") return linkError("the link is cut short: it has no design data after the version");

  const bytes = decodeBase64Url(payload);
  if (!bytes.ok) return linkError(`the link is damaged: ${bytes.message}`);
  // Counted as it inflates: a crafted link is refused before its JSON is parsed (see count-json-values.ts).
  const counter = new JsonValueCounter();
  const inflated = inflateCapped(bytes.bytes, DICTIONARY_V1, MAX_INFLATED_BYTES, (chunk) => counter.push(chunk));
  if (!inflated.ok)
    return linkError(
      inflated.reason === "refused"
        ? inflated.detail
        : inflated.reason === "too-large"
        ? `the link unpacks to more than ${MAX_INFLATED_BYTES / 1024 / 1024} MiB, too large to be a design; it was not opened`
        : `the link is damaged: its compressed data is cut short or altered (${inflated.detail})`,
    );

  let compact: unknown;
  try {
    compact = JSON.parse(strFromU8(inflated.bytes));
  } catch (e) {
    return linkError(`the link is damaged: its data is not readable (${e instanceof Error ? e.message : String(e)})`);
  }
  let doc: unknown;
  try {
    doc = expandDesign(compact);
  } catch (e) {
    if (e instanceof LinkLimitError) return linkError(e.message);
    if (e instanceof CompactError) return linkError(`the link is damaged: ${e.message}`);
    throw e;
  }
  const excess = linkExcess(doc);
  if (excess !== undefined) return linkError(excess);
  return loadDesign(doc);
}

/**
 * The fragment with percent-escapes decoded: browsers, chat apps and mail
 * clients escape what they think needs it (`%23` for `#`, `%20` for a space
 * they added, `%2D` for a dash now and then). A `%` that starts no escape
 * means the link was altered on the way; say so, naming where.
 */
function percentDecode(text: string): { ok: true; text: string } | { ok: false; message: string } {
  if (!text.includes("%")) return { ok: true, text };
  const bad = /%(?![0-9A-Fa-f]{2})/.exec(text);
  if (bad) {
    const shown = JSON.stringify(text.slice(bad.index, bad.index + 3));
    return { ok: false, message: `the link is damaged: it has a "%" that starts no percent-escape (${shown} at character ${bad.index + 1}); it was changed on the way, so copy the whole link again` };
  }
  try {
    return { ok: true, text: decodeURIComponent(text) };
  } catch {
    return { ok: false, message: "the link is damaged: its percent-escapes do not spell valid text; it was changed on the way, so copy the whole link again" };
  }
}
