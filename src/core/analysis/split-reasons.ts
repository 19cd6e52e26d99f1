/**
 * Why a group of services looks over-split, one reason per heuristic that
 * fired, as data: the over-splitting finding carries these in its params,
 * the English below is its `reasons`, and the catalogs
 * (`adviser.overSplit.<code>`) word them in other languages.
 */
// list-names, not finding-messages: the app renders these reasons in its first chunk, without the findings' English table.
import { listNames } from "./list-names";

export type SplitReason =
  /** Services scored below `threshold`; `scores` formatted as the score card shows them. `all`: every service of the group. */
  | { code: "low-score"; services: string[]; all: boolean; scores: string[]; threshold: number }
  | { code: "name-stem"; services: string[]; all: boolean; stem: string }
  | { code: "mutual"; pairs: [string, string][] }
  | { code: "single-table"; services: string[]; all: boolean }
  /** The whole design: more services than a team of `team` carries at `perService` people each. */
  | { code: "team"; services: number; team: number; capacity: number; perService: number };
export type SplitReasonCode = SplitReason["code"];

/** Every reason code, so a test can hold the catalogs to them. */
export const SPLIT_REASON_CODES: readonly SplitReasonCode[] = ["low-score", "name-stem", "mutual", "single-table", "team"];

/** Below this many people the mall-go guide advises a monolith. */
export const SMALL_TEAM = 10;

/** "All 4" reads better than naming the same four services in every reason. */
function who(services: string[], all: boolean): string {
  if (all && services.length > 1) return services.length === 2 ? "Both" : `All ${services.length}`;
  return listNames(services);
}

export function splitReasonText(r: SplitReason): string {
  switch (r.code) {
    case "low-score": {
      const shown = r.scores.length > 1 && r.scores.every((f) => f === r.scores[0]) ? `${r.scores[0]} each` : listNames(r.scores);
      return `${who(r.services, r.all)} ${r.services.length === 1 ? "scores" : "score"} below ${r.threshold} on the split criteria (${shown}), where the mall-go guide says "keep it in the monolith".`;
    }
    case "name-stem":
      return `${who(r.services, r.all)} share the name stem "${r.stem}" and call each other synchronously.`;
    case "mutual":
      return `${listNames(r.pairs.map(([a, b]) => `${a} and ${b}`))} call each other both ways.`;
    case "single-table": {
      const one = r.services.length === 1;
      return `${who(r.services, r.all)} ${one ? "owns" : "each own"} a single table and cannot do ${one ? "its" : "their"} work without calling a sibling.`;
    }
    case "team": {
      const guide = r.team < SMALL_TEAM ? " The mall-go guide advises a team under 10 people to stay with a monolith." : "";
      return `${r.services} services for a team of ${r.team}: at about ${r.perService} people per service to build, run and be on call for it, ${r.team} ${r.team === 1 ? "person carries" : "people carry"} ${r.capacity}.${guide}`;
    }
  }
}
