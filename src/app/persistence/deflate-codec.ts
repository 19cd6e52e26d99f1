/**
 * The deflate codec of stored designs, kept out of the first load (fflate is
 * about 4 KB gzip): only the localStorage fallback needs it to write, and only
 * envelopes stored deflated by an older Seams need it to read.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import type { DesignCodec } from "./pack-design";

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

export const deflateCodec: DesignCodec = {
  deflate: (json) => toBase64(deflateSync(strToU8(json), { level: 1 })),
  inflate: (base64) => strFromU8(inflateSync(fromBase64(base64))),
};
