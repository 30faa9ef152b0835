/** Nearest-rank percentile of unsorted samples (copied and sorted here). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Milliseconds since `start` (a `process.hrtime.bigint()` reading), as a float. */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Runs `measure` `times` times and keeps the run with the median of `key`: one noisy run on a
 * shared machine neither flatters nor sinks a figure.
 */
export async function medianRun<T>(
  times: number,
  measure: (index: number) => Promise<T>,
  key: (result: T) => number,
): Promise<{ readonly result: T; readonly all: readonly T[] }> {
  const all: T[] = [];
  for (let i = 0; i < times; i += 1) all.push(await measure(i));
  const sorted = [...all].sort((a, b) => key(a) - key(b));
  return { result: sorted[Math.floor((sorted.length - 1) / 2)], all };
}

export function formatNumber(value: number, fractionDigits = 0): string {
  return value.toLocaleString('en-US', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });
}

export function formatMs(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

export function formatPercent(ratio: number): string {
  return `${(ratio * 100).toFixed(0)} %`;
}
