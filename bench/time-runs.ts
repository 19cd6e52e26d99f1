/**
 * Times a function: one warm-up call (index -1), then `runs` timed calls.
 * @example timeRuns(20, () => analyzeDesign(d)).median
 */
export function timeRuns(runs: number, f: (i: number) => void): { min: number; median: number } {
  f(-1);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { min: times[0]!, median: times[Math.floor(times.length / 2)]! };
}
