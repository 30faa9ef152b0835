/** ISO-8601 instants as they come in (commands, events): parsed once here. */

/** Milliseconds since the epoch, or NaN when `value` is no ISO-8601 instant. */
export function instantOf(value: unknown): number {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return Number.NaN;
  return Date.parse(value);
}

export const DAY_MS = 86_400_000;
