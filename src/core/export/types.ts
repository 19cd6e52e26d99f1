import type { Design } from "../model/schema";

/** What a target cannot express from the design, said in the file (as a comment where the format has them) and listed in the export dialog. */
export interface Caveat {
  /** Element or flow ids the caveat is about, for the dialog to link to. */
  elements: string[];
  message: string;
}

export interface ExportOutput {
  /** Suggested file name, e.g. `api-gateway.nginx.conf`. */
  fileName: string;
  mediaType: string;
  content: string;
  caveats: Caveat[];
}

export interface ExportOptions {
  /** Gateway targets: which gateway (default: the only one; an error when there are several and none is named). */
  gatewayId?: string;
}

export interface ExportTarget {
  /** Stable id used by the command line: `gateway-json`, `nginx`, `consul`, ... */
  id: string;
  title: string;
  /** Gateway targets write one file per gateway; registry and diagram targets one file for the whole design. */
  scope: "gateway" | "registry" | "diagram" | "design";
  /** One line on what the output is and what loads it. */
  summary: string;
  /** Pure: the same design and options always give the same bytes. Throws ExportError on a design it cannot export. */
  generate(design: Design, options?: ExportOptions): ExportOutput;
}

/** A design this target cannot export (no gateway, an unknown gateway id): a message for a person, not a crash. */
export class ExportError extends Error {
  override name = "ExportError";
}
