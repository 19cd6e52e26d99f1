import { Inflate } from "fflate";

/** Input is fed to the inflater this many bytes at a time: deflate expands at most ~1032:1, so one step adds at most ~1 MiB. */
const STEP_BYTES = 1024;

/**
 * Raw-inflates `data` against `dictionary`, stopping as soon as the output
 * passes `maxBytes`: a link of a few kilobytes can unpack to tens of
 * megabytes, and the tab must not freeze or run out of memory finding out.
 * Never throws.
 * @example inflateCapped(bytes, dict, 5 * 1024 * 1024) // { ok: true, bytes } | { ok: false, reason: "too-large" | "damaged", detail }
 */
export function inflateCapped(
  data: Uint8Array,
  dictionary: Uint8Array,
  maxBytes: number,
): { ok: true; bytes: Uint8Array } | { ok: false; reason: "too-large" | "damaged"; detail: string } {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate({ dictionary }, (chunk) => {
    total += chunk.length;
    if (total <= maxBytes) chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length || at === 0; at += STEP_BYTES) {
      const end = Math.min(at + STEP_BYTES, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
      if (total > maxBytes) return { ok: false, reason: "too-large", detail: `more than ${maxBytes} bytes` };
    }
  } catch (e) {
    return { ok: false, reason: "damaged", detail: e instanceof Error ? e.message : String(e) };
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return { ok: true, bytes: out };
}
