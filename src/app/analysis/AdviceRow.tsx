import type { ProjectAdvice } from "../../core/analysis/types";
import { useT } from "../i18n/i18n";
import { adviceReason } from "../../i18n/render-reasons";

/** The mall-go guide's monolith-vs-microservices decision for the design's project, with its reason. */
export function AdviceRow({ advice }: { advice: ProjectAdvice }) {
  const { t } = useT();
  return (
    <div className="mx-1 mb-2 rounded-lg border border-indigo-200 bg-indigo-50 px-3 py-2" data-testid="advice">
      <div className="text-[12px] font-semibold text-indigo-800">{t(`advice.${advice.recommendation}`)}</div>
      <div className="text-[12px] leading-snug text-indigo-700">{adviceReason(t, advice)}</div>
    </div>
  );
}
