/**
 * Messages between the export dialog and its worker. The design goes once per
 * worker, as the JSON Save writes (cheaper to send than the object, and what
 * the command line reads), not once per choice.
 */
import type { Messages } from "@lingui/core";
import type { Locale } from "../../i18n/locales";
import type { ExportResult } from "./run-export";

/** `design` carries, for another language than English, the compiled caveat messages the worker words the files' caveats with. */
export type ExportRequest = { type: "design"; json: string; locale?: Locale; messages?: Messages } | { type: "run"; seq: number; targetId: string; gatewayId?: string };

export interface ExportReply {
  seq: number;
  result: ExportResult;
}
