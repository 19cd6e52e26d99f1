/**
 * Exports run here: Kubernetes YAML for 10,000 services takes seconds, and
 * the dialog (and its Close button) must stay alive meanwhile.
 */
import type { ExportReply, ExportRequest } from "./export-protocol";
import { exportPrepared, prepareDesign, type PreparedDesign } from "./prepare-design";

let design: PreparedDesign | undefined;

self.onmessage = (e: MessageEvent<ExportRequest>) => {
  const message = e.data;
  switch (message.type) {
    case "design":
      design = prepareDesign(message.json);
      return;
    case "run": {
      const result: ExportReply["result"] = design ? exportPrepared(design, message.targetId, message.gatewayId) : { ok: false, reason: "failed", message: "the export worker has no design" };
      const reply: ExportReply = { seq: message.seq, result };
      self.postMessage(reply);
      return;
    }
    default: {
      const unknown: never = message;
      throw new Error(`unknown export request ${JSON.stringify(unknown)}`);
    }
  }
};
