/** Median and 95th percentile of timings, printed in milliseconds. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summarise(times: number[]): string {
  const s = [...times].sort((a, b) => a - b);
  return `p50=${percentile(s, 50).toFixed(3)}ms p95=${percentile(s, 95).toFixed(3)}ms n=${s.length}`;
}
