/**
 * Large designs are stored deflated: a 10,000-service design is 5.9 million
 * characters of JSON, more than a browser's whole storage quota (about 5
 * million); deflated and base64'd it is under a million. Small designs stay
 * plain JSON, readable in the browser's storage inspector.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import type { Design } from "../../core/model/schema";

/** Designs whose JSON passes this many characters are stored deflated. */
export const PACK_ABOVE_CHARS = 400_000;

function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** The stored envelope of a document: `design` as JSON, or `designZ` (deflate, base64) when large. Key order matters to `storedRev`. */
export function envelopeText(head: { docId: string; rev: number; savedAt: number; tabId: string }, design: Design): string {
  const json = JSON.stringify(design);
  const prefix = `{"docId":${JSON.stringify(head.docId)},"rev":${head.rev},"savedAt":${head.savedAt},"tabId":${JSON.stringify(head.tabId)},`;
  if (json.length <= PACK_ABOVE_CHARS) return `${prefix}"design":${json}}`;
  return `${prefix}"designZ":${JSON.stringify(toBase64(deflateSync(strToU8(json), { level: 1 })))}}`;
}

/**
 * The design value an envelope carries, still unchecked (the loader checks
 * it). Throws on a damaged `designZ`; callers treat that as unreadable.
 */
export function designOfEnvelope(env: unknown): unknown {
  if (!env || typeof env !== "object") return undefined;
  const e = env as { design?: unknown; designZ?: unknown };
  if (typeof e.designZ === "string") return JSON.parse(strFromU8(inflateSync(fromBase64(e.designZ))));
  return e.design;
}
