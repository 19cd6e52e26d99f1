/**
 * The project advice's reason and the over-splitting reasons in the reader's
 * language, from the codes and params the core returns (`adviser.reason.*`,
 * `adviser.overSplit.*`). Imports no core tables, so the findings panel can
 * carry it in the app's first chunk.
 */
import type { ProjectAdvice } from "../core/analysis/types";
import type { SplitReason } from "../core/analysis/split-reasons";
import { formatList } from "./finding-values";
import type { Translate } from "./translate";

/** Below this many people the mall-go guide advises a monolith (`SMALL_TEAM` in the core). */
const SMALL_TEAM = 10;

/** The decision tree's reason; the core's English when the advice has no params (an older analysis). */
export function adviceReason(t: Translate, advice: ProjectAdvice): string {
  if (!advice.params) return advice.reason;
  if (advice.recommendation === "undecided" && advice.missing) return t("adviser.reason.undecided", { field: advice.missing, label: t(`adviser.reason.field.${advice.missing}`) });
  return t(`adviser.reason.${advice.step}`, advice.params);
}

/** One over-splitting reason. */
export function splitReason(t: Translate, r: SplitReason, locale: string): string {
  const more = (count: number) => t("list.more", { count });
  const list = (names: readonly string[]) => formatList(names, locale, more);
  const who = (services: string[], all: boolean) => (all && services.length > 1 ? (services.length === 2 ? t("adviser.overSplit.both") : t("adviser.overSplit.all", { count: services.length })) : list(services));
  switch (r.code) {
    case "low-score": {
      const scores = r.scores.length > 1 && r.scores.every((s) => s === r.scores[0]) ? t("adviser.overSplit.scoresEach", { score: r.scores[0]! }) : list(r.scores);
      return t("adviser.overSplit.low-score", { who: who(r.services, r.all), count: r.services.length, threshold: r.threshold, scores });
    }
    case "name-stem":
      return t("adviser.overSplit.name-stem", { who: who(r.services, r.all), stem: r.stem });
    case "mutual":
      return t("adviser.overSplit.mutual", { pairs: list(r.pairs.map(([a, b]) => t("adviser.overSplit.pair", { a, b }))) });
    case "single-table":
      return t("adviser.overSplit.single-table", { who: who(r.services, r.all), count: r.services.length });
    case "team":
      return t("adviser.overSplit.team", { services: r.services, team: r.team, capacity: r.capacity, perService: r.perService, smallTeam: r.team < SMALL_TEAM ? "yes" : "no" });
  }
}

/** The reasons of an over-splitting finding's params, each in the reader's language, one after the other. */
export function splitReasons(t: Translate, reasons: readonly unknown[], locale: string): string[] {
  return reasons.map((r) => (typeof r === "string" ? r : splitReason(t, r as SplitReason, locale)));
}
