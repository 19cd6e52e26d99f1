/**
 * Base64url without padding (RFC 4648 §5): the alphabet that survives URLs,
 * chat apps and email untouched. Written here rather than using `btoa`,
 * which is a DOM/Node global the pure core does not have.
 */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/**
 * Bytes as base64url text without `=` padding.
 * @example encodeBase64Url(new Uint8Array([251, 255])) === "-_8"
 */
export function encodeBase64Url(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

/**
 * The bytes of base64url text, or a reason it is not canonical base64url
 * (a character outside the alphabet, an impossible length, or stray bits in
 * the last character: a damaged link should say so, not decode to noise).
 * @example decodeBase64Url("-_8") // { ok: true, bytes: [251, 255] }
 */
export function decodeBase64Url(text: string): { ok: true; bytes: Uint8Array } | { ok: false; message: string } {
  if (text.length % 4 === 1) return { ok: false, message: `its length (${text.length}) is not possible for base64url` };
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? VALUE[c]! : -1;
    if (v < 0) return { ok: false, message: `character ${JSON.stringify(text[i])} at ${i} is not base64url` };
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[o++] = (acc >> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) return { ok: false, message: "its last character carries stray bits (the link was cut or altered)" };
  return { ok: true, bytes };
}
