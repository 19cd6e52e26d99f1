/**
 * What the exports run on: the design as Save writes it, read back through
 * the one loader — exactly what `seams export <saved file>` reads. So the
 * dialog's bytes equal the command line's by construction, whatever the
 * in-memory design holds (an `undefined` left by an edit, a key order).
 */
import { loadDesign } from "../../core/load/load-design";
import { formatLoadError } from "../../core/load/load-error";
import type { Design } from "../../core/model/schema";
import { DESIGN_JSON_ID } from "./design-json-target";
import { runExport, type ExportResult } from "./run-export";
import type { CaveatWords } from "../../core/export/types";

export interface PreparedDesign {
  /** The saved file's data: Design JSON writes this, as Save does. */
  saved: Design;
  /** The loader's design, or why the command line would refuse the file. */
  loaded: { ok: true; design: Design } | { ok: false; message: string };
}

/** Reads the JSON the app would save (compact or pretty: the same data). */
export function prepareDesign(savedJson: string): PreparedDesign {
  const saved = JSON.parse(savedJson) as Design;
  const result = loadDesign(savedJson);
  if (result.ok) return { saved, loaded: { ok: true, design: result.design } };
  const first = result.errors.slice(0, 3).map(formatLoadError).join("; ");
  return { saved, loaded: { ok: false, message: `this design does not pass the loader, so seams export would refuse it too: ${first}` } };
}

/** One export of a prepared design; never throws. */
export function exportPrepared(prepared: PreparedDesign, targetId: string, gatewayId?: string, words?: CaveatWords): ExportResult {
  if (targetId === DESIGN_JSON_ID) return runExport(prepared.saved, targetId);
  if (!prepared.loaded.ok) return { ok: false, reason: "cannot-export", message: prepared.loaded.message };
  return runExport(prepared.loaded.design, targetId, gatewayId, undefined, words);
}
