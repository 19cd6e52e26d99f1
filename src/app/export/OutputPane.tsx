import { useMemo } from "react";
import type { ExportTarget } from "../../core/export/types";
import type { Gateway } from "../../core/model/schema";
import { CaveatList } from "./CaveatList";
import { CodePreview, formatSize } from "./CodePreview";
import { ExportProblem } from "./ExportProblem";
import { GatewayPicker } from "./GatewayPicker";
import { OutputActions } from "./OutputActions";
import { clipPreview } from "./clip-preview";
import type { ExportState } from "./use-export-result";
import { useDelayed } from "./use-delayed";
import { useT } from "../i18n/i18n";
import { targetText } from "../../i18n/target-text";
import type { Translate } from "../../i18n/translate";

/**
 * The right side: what the chosen target makes of the design. While a new
 * choice generates, the last file stays (dimmed) and Copy/Download wait, so
 * nothing stale can be taken.
 */
export function OutputPane({ target, state, gateways, gatewayId, onGateway, nameOf, onShow }: { target: ExportTarget; state: ExportState; gateways: readonly Gateway[]; gatewayId: string | undefined; onGateway: (id: string) => void; nameOf: (id: string) => string; onShow: (ids: string[]) => void }) {
  const slow = useDelayed(state.running, 150);
  const { t, locale } = useT();
  const text = targetText(t, target);
  const current = state.running ? undefined : state.result;
  const output = current?.ok ? current.output : undefined;
  const shown = state.result;
  // Counting the lines of a 15 MB file is cheap once, not on every render.
  const lines = useMemo(() => (output ? clipPreview(output.content, Infinity).lines : 0), [output]);
  return (
    <div className="flex min-w-0 flex-1 flex-col">
      <div className="flex items-start justify-between gap-4 border-b border-slate-200 px-5 pb-3 pt-4">
        <div className="min-w-0">
          <h3 className="text-[15px] font-semibold text-slate-800">{text.title}</h3>
          <p className="mt-0.5 text-[12px] leading-4 text-slate-500">{text.summary}</p>
        </div>
        <OutputActions output={output} />
      </div>
      <div className="flex min-h-10 flex-wrap items-center gap-x-4 gap-y-1 border-b border-slate-200 bg-white px-5 py-1.5">
        {shown?.ok !== false || state.running ? (
          <span className="flex min-w-0 items-center gap-1.5 text-[12px] text-slate-500">
            {t("export.file")}
            <code className="truncate rounded bg-slate-100 px-1.5 py-0.5 font-mono text-[12px] text-slate-800" data-testid="export.filename">
              {output?.fileName ?? "…"}
            </code>
          </span>
        ) : (
          <span className="text-[12px] text-slate-500">{t("export.noFile")}</span>
        )}
        {target.scope === "gateway" && <GatewayPicker gateways={gateways} value={gatewayId} onChange={onGateway} />}
        <span className="ml-auto text-[11px] tabular-nums text-slate-500" data-testid="export.meta">
          {slow ? t("export.generating") : output && current?.ok ? describeOutput(t, locale, lines, output.content.length, current.ms) : ""}
        </span>
      </div>
      {shown?.ok && <CaveatList caveats={shown.output.caveats} nameOf={nameOf} onShow={onShow} />}
      {shown && !shown.ok ? <ExportProblem problem={shown} targetTitle={text.title} hint={target.scope === "gateway" && gateways.length === 0 ? t("export.noGatewayHint") : undefined} /> : shown?.ok ? <CodePreview content={shown.output.content} dimmed={slow} /> : (
        <div className="flex flex-1 items-center justify-center bg-slate-50/60 text-[12px] text-slate-500" data-testid="export.generating">
          {slow ? t("export.generatingTarget", { target: text.title }) : ""}
        </div>
      )}
    </div>
  );
}

function describeOutput(t: Translate, locale: string, lines: number, chars: number, ms: number): string {
  return t("export.meta", { lines: new Intl.NumberFormat(locale).format(lines), size: formatSize(chars), ms: ms < 1 ? "<1" : String(Math.round(ms)) });
}
