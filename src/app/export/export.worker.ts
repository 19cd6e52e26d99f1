/**
 * Exports run here: Kubernetes YAML for 10,000 services takes seconds, and
 * the dialog (and its Close button) must stay alive meanwhile. In another
 * language than English the dialog sends the compiled caveat messages with
 * the design, and the files' caveat comments are worded with them.
 */
import { setupI18n } from "@lingui/core";
import type { CaveatWords } from "../../core/export/types";
import { caveatWords } from "../../i18n/render-caveat";
import { translateWith } from "../../i18n/translate";
import type { ExportReply, ExportRequest } from "./export-protocol";
import { exportPrepared, prepareDesign, type PreparedDesign } from "./prepare-design";

let design: PreparedDesign | undefined;
let words: CaveatWords | undefined;

self.onmessage = (e: MessageEvent<ExportRequest>) => {
  const message = e.data;
  switch (message.type) {
    case "design":
      design = prepareDesign(message.json);
      words = message.locale && message.messages ? caveatWords(translateWith(setupI18n({ locale: message.locale, messages: { [message.locale]: message.messages } }))) : undefined;
      return;
    case "run": {
      const result: ExportReply["result"] = design ? exportPrepared(design, message.targetId, message.gatewayId, words) : { ok: false, reason: "failed", message: "the export worker has no design" };
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
