import type { Design } from "../model/schema";

/** What a target cannot express from the design, said in the file (as a comment where the format has them) and listed in the export dialog. */
export interface Caveat {
  /** Element or flow ids the caveat is about, for the dialog to link to. */
  elements: string[];
  /** The English text (what the file says unless `ExportOptions.words` speaks another language). */
  message: string;
  /** What the caveat says as data, for a reader in another language: `caveat.<code>` in the catalogs, with these values. */
  code?: string;
  params?: Record<string, string | number>;
}

/**
 * The words an export writes around its caveats, in the reader's language.
 * The core knows only English (`ENGLISH_CAVEAT_WORDS`); the app and the
 * command line pass words made from the catalogs (src/i18n/render-caveat.ts).
 */
export interface CaveatWords {
  caveat(c: Caveat): string;
  /** "Caveats (what this target cannot express from the design):" */
  heading: string;
  /** "Caveats: none." */
  none: string;
  /** "Note:" before a caveat written as a note. */
  note: string;
  /** "Caveat:" before a caveat in a list of comment strings (KrakenD's `@comment`). */
  label: string;
}

export const ENGLISH_CAVEAT_WORDS: CaveatWords = {
  caveat: (c) => c.message,
  heading: "Caveats (what this target cannot express from the design):",
  none: "Caveats: none.",
  note: "Note:",
  label: "Caveat:",
};

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
  /** The language of the caveats written into the file as comments (default English). */
  words?: CaveatWords;
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
  /** What went wrong as data (`caveat.exportError.<code>` in the catalogs); `message` is the English. */
  constructor(
    message: string,
    readonly code?: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
  }
}
