import { memo } from "react";
import { useAnalysisView } from "../../analysis/analysis-view";
import { Icon } from "../../ui/icons";
import { formatScore } from "../../../core/analysis/format-score";
import { useT } from "../../i18n/i18n";
import { findingMessage } from "../../../i18n/render-finding";
import type { Translate } from "../../../i18n/translate";
import type { Finding } from "../../../core/analysis/types";

const BADGE_STYLE = {
  error: "bg-rose-100 text-rose-700 border-rose-300",
  warning: "bg-amber-100 text-amber-800 border-amber-300",
  info: "bg-sky-100 text-sky-700 border-sky-300",
} as const;

/**
 * A finding's message per locale, worded once however many nodes show it (a
 * cycle or an over-split group badges every member; a big design has many).
 */
const wordedTitles = new WeakMap<Finding, { locale: string; text: string }>();
function badgeTitle(t: Translate, finding: Finding, locale: string): string {
  const known = wordedTitles.get(finding);
  if (known?.locale === locale) return known.text;
  const text = findingMessage(t, finding, locale);
  wordedTitles.set(finding, { locale, text });
  return text;
}

/** Analysis badges (cycle, over-split, shared data) and the split score, read from the analysis view by id. */
function NodeBadgesView({ id }: { id: string }) {
  const badges = useAnalysisView((s) => s.badges.get(id));
  const score = useAnalysisView((s) => s.scores.get(id));
  const { t, locale } = useT();
  if (!badges && score === undefined) return null;
  return (
    <div className="seams-detail pointer-events-none absolute -top-2.5 right-2 flex gap-1">
      {badges?.map((b) => (
        <span key={b.code} className={`flex items-center gap-0.5 rounded-full border px-1.5 text-[10px] font-medium leading-4 ${BADGE_STYLE[b.severity]}`} title={badgeTitle(t, b.finding, locale)} data-testid={`badge.${id}.${b.code}`}>
          {b.code === "circular-dependency" && <Icon name="cycle" size={10} />}
          {t(`canvasUi.badge.${b.code}`)}
        </span>
      ))}
      {score !== undefined && (
        <span className="rounded-full border border-slate-300 bg-white px-1.5 text-[10px] font-semibold leading-4 text-slate-700" title={t("canvasUi.splitScore")} data-testid={`score.${id}`}>
          {formatScore(score)}
        </span>
      )}
    </div>
  );
}

export const NodeBadges = memo(NodeBadgesView);
