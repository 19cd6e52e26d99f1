import { useState, type KeyboardEvent as ReactKeyboardEvent, type PointerEvent as ReactPointerEvent } from "react";
import { splitReasons } from "../../i18n/render-reasons";
import type { Finding, Severity } from "../../core/analysis/types";
import { ruleDocUrl } from "../../core/analysis/rule-docs";
import { useAnalysis } from "./analysis-store";
import { focusFinding } from "./focus-finding";
import { Icon } from "../ui/icons";
import { AdviceRow } from "./AdviceRow";
import { useT } from "../i18n/i18n";
import { findingMessage, findingTitle } from "../../i18n/render-finding";
import { openHelp } from "../help/open-help";
import { clampFindingsHeight, INSPECTOR_MIN, readFindingsSize, writeFindingsSize, type FindingsSize } from "./findings-size";
import { canFix } from "../../core/refactor/can-fix";
import { openFix } from "../fixes/fix-store";
import { selectDesign, useEditor } from "../store/editor-store";

const SEVERITY_STYLE: Record<Severity, { chip: string; icon: "error" | "warning" | "info"; text: string }> = {
  error: { chip: "bg-rose-100 text-rose-700", icon: "error", text: "text-rose-700" },
  warning: { chip: "bg-amber-100 text-amber-800", icon: "warning", text: "text-amber-700" },
  info: { chip: "bg-sky-100 text-sky-700", icon: "info", text: "text-sky-700" },
};

/** The findings of the analysis, worst first; a click shows them on the canvas. Resizable and collapsible, remembered. */
export function FindingsPanel() {
  const analysis = useAnalysis((s) => s.analysis);
  const error = useAnalysis((s) => s.error);
  const [size, setSize] = useState(readFindingsSize);
  const open = size.open;
  const update = (next: FindingsSize) => {
    setSize(next);
    writeFindingsSize(next);
  };
  const { t } = useT();
  const [active, setActive] = useState<string | undefined>();
  const design = useEditor(selectDesign);
  const findings = analysis?.findings ?? [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return (
    <section
      className="relative flex min-h-0 shrink-0 flex-col border-t border-slate-200 bg-slate-50"
      style={open ? { height: size.height, maxHeight: `calc(100% - ${INSPECTOR_MIN}px)` } : undefined}
      aria-label={t("findings.label")}
      data-testid="findings"
    >
      {open && <ResizeHandle height={size.height} onResize={(height) => update({ open: true, height })} />}
      <button className="flex w-full shrink-0 items-center gap-1.5 px-4 py-2 text-left" onClick={() => update({ ...size, open: !open })} aria-expanded={open} data-testid="findings.toggle" title={open ? t("findings.collapse") : t("findings.expand")}>
        <span className="mr-1 text-[12px] font-semibold uppercase tracking-wider text-slate-500">{t("findings.label")}</span>
        {(["error", "warning", "info"] as const).map((s) => (
          <span key={s} className={`whitespace-nowrap rounded-full px-1.5 text-[11px] font-semibold leading-5 ${counts[s] ? SEVERITY_STYLE[s].chip : "bg-slate-100 text-slate-600"}`} data-testid={`findings.count.${s}`} title={t(`findings.count.${s}`, { count: counts[s] })}>
            {t(`findings.count.${s}`, { count: counts[s] })}
          </span>
        ))}
        <span className="ml-auto text-slate-500">{open ? "▾" : "▸"}</span>
      </button>
      {open && (
        <div className="min-h-0 flex-1 overflow-y-auto px-2 pb-2" data-testid="findings.list">
          {error && <div className="mx-2 mb-2 rounded-md bg-rose-50 p-2 text-xs text-rose-700">{t("findings.failed", { error })}</div>}
          {analysis?.advice && <AdviceRow advice={analysis.advice} />}
          {analysis && findings.length === 0 && <div className="px-2 py-3 text-[13px] text-slate-500">{t("findings.none")}</div>}
          <ul className="flex flex-col gap-1">
            {findings.map((f, i) => {
              const key = `${f.code}:${f.elements.join(",")}`;
              const fixable = canFix(design, f);
              return (
                <li key={key + i}>
                  <div className="relative">
                    <FindingRow finding={f} title={findingTitle(t, f.code)} active={active === key} fixable={fixable} onClick={() => { setActive(key); focusFinding(f); }} />
                    <button
                      className={`absolute bottom-1.5 rounded px-1 text-[11px] font-medium text-indigo-700 hover:bg-indigo-50 hover:underline ${fixable ? "right-16" : "right-2"}`}
                      onClick={() => openHelp(`finding-${f.code}`)}
                      data-testid={`finding.help.${f.code}`}
                      aria-label={t("findings.helpLabel", { title: findingTitle(t, f.code) })}
                    >
                      {t("findings.help")}
                    </button>
                    {fixable && (
                      <button
                        type="button"
                        className="absolute bottom-1.5 right-2 rounded-md border border-indigo-200 bg-white px-2 py-0.5 text-[11px] font-medium text-indigo-700 hover:bg-indigo-50"
                        onClick={() => { setActive(key); openFix(f); }}
                        data-testid={`finding.${f.code}.fix`}
                      >
                        {t("findings.fix")}
                      </button>
                    )}
                  </div>
                  {active === key && <RuleLink finding={f} />}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}

/** The finding's rule page (why it matters, how to fix it), served beside the app. */
function RuleLink({ finding }: { finding: Finding }) {
  const { t } = useT();
  return (
    <a className="ml-3 inline-block py-0.5 text-[11px] font-medium text-indigo-700 hover:underline" href={ruleDocUrl(finding.code, document.baseURI)} target="_blank" rel="noopener" data-testid="finding.rule-link">
      {t("findings.howToFix", { code: finding.code })}
    </a>
  );
}

function FindingRow({ finding, title, active, fixable, onClick }: { finding: Finding; title: string; active: boolean; fixable: boolean; onClick: () => void }) {
  const style = SEVERITY_STYLE[finding.severity];
  const { t, locale } = useT();
  return (
    <button
      className={`w-full rounded-lg border px-3 pt-2 text-left transition-colors ${fixable ? "pb-8" : "pb-6"} ${active ? "border-indigo-300 bg-white shadow-sm" : "border-transparent hover:border-slate-200 hover:bg-white"}`}
      onClick={onClick}
      data-testid={`finding.${finding.code}`}
      data-severity={finding.severity}
    >
      <div className="flex items-center gap-1.5">
        <Icon name={style.icon} size={14} className={style.text} />
        <span className="text-[13px] font-semibold text-slate-800">{title}</span>
        <span className={`ml-auto text-[10px] font-semibold uppercase ${style.text}`}>{t(`findings.severity.${finding.severity}`)}</span>
      </div>
      <p className="mt-0.5 text-[12px] leading-snug text-slate-600">{findingMessage(t, finding, locale)}</p>
      {finding.reasons && finding.reasons.length > 0 && (
        <ul className="mt-1 list-disc pl-4 text-[11px] text-slate-500">
          {(Array.isArray(finding.params?.reasons) ? splitReasons(t, finding.params.reasons, locale) : finding.reasons).map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      )}
    </button>
  );
}

/** The panel's top border: drag it (or focus it and press the arrow keys) to give the findings more or less room. */
function ResizeHandle({ height, onResize }: { height: number; onResize: (height: number) => void }) {
  const sidebarHeight = (el: Element) => el.closest("aside")?.clientHeight ?? window.innerHeight;
  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    e.preventDefault();
    const el = e.currentTarget;
    const startY = e.clientY;
    const total = sidebarHeight(el);
    el.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent) => onResize(clampFindingsHeight(height + startY - ev.clientY, total));
    const up = () => {
      el.removeEventListener("pointermove", move);
      el.removeEventListener("pointerup", up);
    };
    el.addEventListener("pointermove", move);
    el.addEventListener("pointerup", up);
  };
  const { t } = useT();
  const onKeyDown = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    const step = e.key === "ArrowUp" ? 24 : e.key === "ArrowDown" ? -24 : 0;
    if (!step) return;
    e.preventDefault();
    onResize(clampFindingsHeight(height + step, sidebarHeight(e.currentTarget)));
  };
  return (
    <div
      role="separator"
      aria-orientation="horizontal"
      aria-label={t("findings.resize")}
      aria-valuenow={height}
      tabIndex={0}
      className="absolute -top-1 left-0 right-0 z-10 h-2 cursor-row-resize hover:bg-indigo-300/60 focus-visible:bg-indigo-400/70 focus-visible:outline-none"
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      data-testid="findings.resize"
    />
  );
}
