/**
 * A split score as every surface shows it (canvas badge, score card, finding
 * texts, `seams check`): two decimals, because the weights are in hundredths
 * and a score such as 6.55 must never read as 6.5 in one place and 6.55 in
 * another.
 * @example formatScore(6.55) === "6.55"
 */
export function formatScore(score: number): string {
  return score.toFixed(2);
}
