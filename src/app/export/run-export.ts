/**
 * One export, the way the command line runs it: the same target, the same
 * options (no gateway id unless one was chosen), so the dialog's bytes equal
 * `seams export`'s. A design the target cannot export (ExportError) becomes a
 * message for the person; anything else is a bug and is said as one.
 */
import { ExportError, type CaveatWords, type ExportOutput, type ExportTarget } from "../../core/export/types";
import type { Design } from "../../core/model/schema";
import { dialogTargetById } from "./list-export-groups";

export type ExportResult =
  | { ok: true; output: ExportOutput; ms: number }
  | { ok: false; reason: "cannot-export" | "failed"; message: string; code?: string; params?: Record<string, string | number> };

/** Runs one target on a design; never throws. */
/** `words`: the language of the caveat comments in the file (default English, as \`seams export\` without --lang). */
export function runExport(design: Design, targetId: string, gatewayId?: string, targetById: (id: string) => ExportTarget | undefined = dialogTargetById, words?: CaveatWords): ExportResult {
  const target = targetById(targetId);
  if (!target) return { ok: false, reason: "failed", message: `unknown export target "${targetId}"` };
  const started = performance.now();
  try {
    const output = target.generate(design, { ...(gatewayId === undefined ? {} : { gatewayId }), ...(words ? { words } : {}) });
    return { ok: true, output, ms: performance.now() - started };
  } catch (e) {
    if (e instanceof ExportError) return { ok: false, reason: "cannot-export", message: e.message, ...(e.code ? { code: e.code } : {}), ...(e.params ? { params: e.params } : {}) };
    return { ok: false, reason: "failed", message: `the ${target.title} exporter failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}
