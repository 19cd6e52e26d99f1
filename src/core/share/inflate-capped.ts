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
  /** Sees each chunk as it is inflated; a reason returned stops inflating (reason "refused", detail = that reason). */
  inspect?: (chunk: Uint8Array) => string | undefined,
): { ok: true; bytes: Uint8Array } | { ok: false; reason: "too-large" | "damaged" | "refused"; detail: string } {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let refused: string | undefined;
  const inflater = new Inflate({ dictionary }, (chunk) => {
    total += chunk.length;
    if (total <= maxBytes) chunks.push(chunk);
    if (inspect && refused === undefined && total <= maxBytes) refused = inspect(chunk);
  });
  try {
    for (let at = 0; at < data.length || at === 0; at += STEP_BYTES) {
      const end = Math.min(at + STEP_BYTES, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
      if (refused !== undefined) return { ok: false, reason: "refused", detail: refused };
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
