/**
 * Exports run here: Kubernetes YAML for 10,000 services takes seconds, and
 * the dialog (and its Close button) must stay alive meanwhile.
 */
import type { CaveatWords } from "../../core/export/types";
import type { Locale } from "../../i18n/locales";
import type { ExportReply, ExportRequest } from "./export-protocol";
import { exportPrepared, prepareDesign, type PreparedDesign } from "./prepare-design";

let design: PreparedDesign | undefined;
const words = new Map<Locale, Promise<CaveatWords | undefined>>();

/** The caveat words of a language, from its compiled catalog (a chunk the app has fetched already); English when it cannot load. */
function wordsFor(locale: Locale): Promise<CaveatWords | undefined> {
  let w = words.get(locale);
  if (!w) {
    const catalog = locale === "zh-CN" ? import("virtual:seams-catalog/zh-CN") : import("virtual:seams-catalog/en");
    w = Promise.all([import("@lingui/core"), import("../../i18n/translate"), import("../../i18n/render-caveat"), catalog])
      .then(([{ setupI18n }, { translateWith }, { caveatWords }, messages]) => caveatWords(translateWith(setupI18n({ locale, messages: { [locale]: messages.default } }))))
      .catch(() => undefined);
    words.set(locale, w);
  }
  return w;
}

self.onmessage = async (e: MessageEvent<ExportRequest>) => {
  const message = e.data;
  switch (message.type) {
    case "design":
      design = prepareDesign(message.json);
      return;
    case "run": {
      const said = message.locale && message.locale !== "en" ? await wordsFor(message.locale) : undefined;
      const result: ExportReply["result"] = design ? exportPrepared(design, message.targetId, message.gatewayId, said) : { ok: false, reason: "failed", message: "the export worker has no design" };
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
