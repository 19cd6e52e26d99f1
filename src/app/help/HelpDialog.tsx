import { useEffect, useRef } from "react";
import { SPLIT_CRITERIA } from "../../core/model/schema";
import { MISSING_CRITERION_VALUE, SPLIT_WEIGHT_PERCENT } from "../../core/analysis/score-split";
import { useModal } from "../export/use-modal";
import { KIND_STYLE } from "../canvas/nodes/kind-style";
import { Icon } from "../ui/icons";
import { useT } from "../i18n/i18n";
import { findingHelp } from "./finding-examples";
import { ruleDocUrl } from "../../core/analysis/rule-docs";

const KINDS = ["context", "service", "database", "broker", "gateway"] as const;
/** The mall-go guide's verdicts, highest score first (`helpGuide.verdict.<v>.range|text`). */
const VERDICTS = ["strongly-split", "split-weigh-cost", "modularize", "keep-monolith"] as const;
/**
 * The keyboard guide, in the order a person learns it (`helpGuide.keys.<k>.what`). Keys
 * that read the same in every language are written here; the others are `helpGuide.keys.<k>.keys`.
 */
const KEYS: readonly (readonly [string, string?])[] = [["find", "Ctrl/Cmd+K"], ["add"], ["connect", "C"], ["move"], ["edit"], ["delete", "Delete"], ["help", "?"]];

function H({ id, children }: { id: string; children: string }) {
  return (
    <h3 id={`help-${id}`} className="mb-1.5 mt-5 scroll-mt-2 text-[14px] font-semibold text-slate-800 first:mt-0">
      {children}
    </h3>
  );
}

/** The in-app guide: element kinds, how split scores are computed, and what each finding means and how to fix it. */
export default function HelpDialog({ section, onClose }: { section?: string; onClose: () => void }) {
  const panel = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  useModal(panel, onClose);
  useEffect(() => {
    const target = section ? body.current?.querySelector<HTMLElement>(`#help-${CSS.escape(section)}`) : undefined;
    if (target) {
      target.scrollIntoView({ block: "start" });
      target.closest<HTMLElement>("[data-help-item]")?.setAttribute("data-current", "true");
    }
  }, [section]);
  const { t, locale } = useT();
  const weight = (n: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
  const total = SPLIT_CRITERIA.reduce((n, c) => n + SPLIT_WEIGHT_PERCENT[c], 0);
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-6" data-modal-open onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={panel} role="dialog" aria-modal="true" aria-labelledby="help-title" tabIndex={-1} className="flex max-h-full w-[min(760px,100%)] flex-col overflow-hidden rounded-xl bg-white shadow-2xl ring-1 ring-slate-900/10 outline-none" data-testid="help.dialog">
        <header className="flex h-12 shrink-0 items-center gap-2 border-b border-slate-200 px-5">
          <Icon name="help" size={16} className="text-indigo-600" />
          <h2 id="help-title" className="text-[14px] font-semibold text-slate-800">
            {t("helpGuide.title")}
          </h2>
          <button className="ml-auto rounded-md p-1.5 text-slate-500 hover:bg-slate-100 hover:text-slate-700" onClick={onClose} aria-label={t("helpGuide.close")} title={t("helpGuide.closeTitle")} data-testid="help.close">
            <Icon name="close" size={16} />
          </button>
        </header>
        <div ref={body} className="min-h-0 flex-1 overflow-y-auto px-5 py-4 text-[13px] leading-relaxed text-slate-700">
          <p className="text-slate-600">
            {t("helpGuide.intro")}
          </p>

          <H id="elements">{t("helpGuide.elements")}</H>
          <dl className="space-y-1.5">
            {KINDS.map((kind) => (
              <div key={kind} className="flex gap-2.5">
                <dt className={`flex h-6 w-6 shrink-0 items-center justify-center rounded-md ${KIND_STYLE[kind].tint} ${KIND_STYLE[kind].accent}`} title={t(`canvasUi.kind.${kind}`)}>
                  <Icon name={kind} size={14} />
                </dt>
                <dd>
                  <span className="font-semibold text-slate-800">{t("helpGuide.kindName", { name: t(`canvasUi.kind.${kind}`) })}</span> {t(`helpGuide.kind.${kind}`)}
                </dd>
              </div>
            ))}
          </dl>
          <p className="mt-2">
            <span className="font-semibold text-slate-800">{t("helpGuide.flows")}</span> {t("helpGuide.flowsText")}
          </p>

          <H id="split-score">{t("helpGuide.splitScore")}</H>
          <p>{t("helpGuide.splitScoreLead")}</p>
          <table className="my-2 w-full max-w-md text-[12px]" data-testid="help.weights">
            <thead>
              <tr className="text-left text-slate-500">
                <th className="py-0.5 font-medium">{t("helpGuide.criterion")}</th>
                <th className="py-0.5 text-right font-medium">{t("helpGuide.weight")}</th>
              </tr>
            </thead>
            <tbody>
              {SPLIT_CRITERIA.map((c) => (
                <tr key={c} className="border-t border-slate-100">
                  <td className="py-0.5">{t(`helpGuide.criteria.${c}`)}</td>
                  <td className="py-0.5 text-right tabular-nums">× {weight(SPLIT_WEIGHT_PERCENT[c] / 100)}</td>
                </tr>
              ))}
              <tr className="border-t border-slate-300 font-semibold">
                <td className="py-0.5">{t("helpGuide.total")}</td>
                <td className="py-0.5 text-right tabular-nums">{weight(total / 100)}</td>
              </tr>
            </tbody>
          </table>
          <p>
            {t("helpGuide.unset", { value: MISSING_CRITERION_VALUE })}
          </p>
          <ul className="my-1 list-disc pl-5">
            {VERDICTS.map((v) => (
              <li key={v}>
                {t("helpGuide.verdictLine", { range: t(`helpGuide.verdict.${v}.range`), text: t(`helpGuide.verdict.${v}.text`) })}
              </li>
            ))}
          </ul>
          <p>{t("helpGuide.scoreCard")}</p>

          <H id="findings">{t("helpGuide.findings")}</H>
          <p className="mb-2">{t("helpGuide.findingsLead")}</p>
          <div className="space-y-2">
            {findingHelp(t, locale).map((f) => (
              <section key={f.code} data-help-item className="rounded-lg border border-slate-200 p-3 data-[current=true]:border-indigo-400 data-[current=true]:ring-2 data-[current=true]:ring-indigo-200" data-testid={`help.finding.${f.code}`}>
                <h4 id={`help-finding-${f.code}`} className="scroll-mt-2 text-[13px] font-semibold text-slate-800">
                  {f.title}
                </h4>
                <p className="mt-0.5 text-[12px] text-slate-600">{f.example}</p>
                <a className="mt-1 inline-block text-[11px] font-medium text-indigo-700 hover:underline" href={ruleDocUrl(f.code, document.baseURI, locale)} hrefLang={locale} target="_blank" rel="noopener" data-testid={`help.rule-link.${f.code}`}>
                  {t("helpGuide.ruleLink")}
                </a>
              </section>
            ))}
          </div>

          <H id="keyboard">{t("helpGuide.keyboard")}</H>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            {KEYS.map(([k, keys]) => (
              <div key={k} className="contents">
                <dt className="font-medium text-slate-800">{keys ?? t(`helpGuide.keys.${k}.keys`)}</dt>
                <dd>{t(`helpGuide.keys.${k}.what`)}</dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
    </div>
  );
}
