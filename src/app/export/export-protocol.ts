/**
 * Messages between the export dialog and its worker. The design goes once per
 * worker, as the JSON Save writes (cheaper to send than the object, and what
 * the command line reads), not once per choice.
 */
import type { Locale } from "../../i18n/locales";
import type { ExportResult } from "./run-export";

export type ExportRequest = { type: "design"; json: string } | { type: "run"; seq: number; targetId: string; gatewayId?: string; locale?: Locale };

export interface ExportReply {
  seq: number;
  result: ExportResult;
}
