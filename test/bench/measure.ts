/**
 * Per-item latency with a coarse clock (workerd's performance.now() ticks in whole
 * milliseconds): each item runs `reps` times in a batch and the batch time is divided,
 * after a warm-up round. Shared by the node and workerd benches.
 */
export function perItem<T>(items: T[], run: (item: T) => void, reps = 20): number[] {
  for (const it of items) run(it);
  return items.map((it) => {
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) run(it);
    return (performance.now() - t0) / reps;
  });
}
