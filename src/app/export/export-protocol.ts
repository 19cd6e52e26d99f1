/** Messages between the export dialog and its worker. The design is sent once per worker, not once per choice. */
import type { Design } from "../../core/model/schema";
import type { ExportResult } from "./run-export";

export type ExportRequest = { type: "design"; design: Design } | { type: "run"; seq: number; targetId: string; gatewayId?: string };

export interface ExportReply {
  seq: number;
  result: ExportResult;
}
