import { useEffect, useRef, useState } from "react";
import type { Design } from "../../core/model/schema";
import { createExportRunner, type ExportRunner } from "./create-export-runner";
import type { ExportResult } from "./run-export";
import { messagesUnder, useT } from "../i18n/i18n";
import { caveatWords } from "../../i18n/render-caveat";

const SETTLE_MS = 60;

export interface ExportState {
  /** The latest finished result, which may belong to an earlier choice while `running`. */
  result?: ExportResult;
  /** The choice `result` belongs to. */
  resultKey?: string;
  running: boolean;
}

/** Key of one choice: target and gateway. */
export function choiceKey(targetId: string, gatewayId: string | undefined): string {
  return `${targetId}\u0000${gatewayId ?? ""}`;
}

/**
 * Generates when the choice changes, and only then (the dialog is modal, so
 * the design does not change under it).
 */
export function useExportResult(design: Design, targetId: string, gatewayId: string | undefined): ExportState {
  const runner = useRef<ExportRunner | undefined>(undefined);
  const [done, setDone] = useState<{ key: string; result: ExportResult } | undefined>(undefined);
  const key = choiceKey(targetId, gatewayId);
  const { t, locale } = useT();

  useEffect(() => {
    const r = createExportRunner(design, undefined, locale === "en" ? undefined : { locale, messages: messagesUnder("caveat."), words: caveatWords(t) });
    runner.current = r;
    return () => {
      r.dispose();
      runner.current = undefined;
    };
  }, [design, locale, t]);

  useEffect(() => {
    let live = true;
    // A held arrow key passes a target every ~30 ms; each run that is cut short
    // costs a fresh worker and a copy of the design, so only a choice that
    // stays for a moment is run.
    const timer = setTimeout(() => {
      void runner.current?.run(targetId, gatewayId).then((result) => {
        if (live && result) setDone({ key, result });
      });
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [design, targetId, gatewayId, key]);

  return { result: done?.result, resultKey: done?.key, running: done?.key !== key };
}
