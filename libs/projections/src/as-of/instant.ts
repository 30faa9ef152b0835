/**
 * ISO-8601 in, the canonical UTC form out, so it compares with stored `occurredAt` as text (the
 * instant of an as-of read, a snapshot's `reached_at`, a history filter's bounds).
 */
export function canonicalInstant(value: string): string {
  return new Date(value).toISOString();
}

/**
 * Issue 18 (bytes on disk): an instant stored as its milliseconds since the epoch (6 bytes in a
 * SQLite integer, where the canonical text takes 24), which compares as the canonical text does.
 * Every stored `occurredAt` is canonical (`stamp-activity.ts` writes `toISOString()`), so
 * `instantOfMs(instantMs(t)) === t`; NaN (not an instant) fails the column's NOT NULL.
 */
export function instantMs(canonical: string): number {
  return Date.parse(canonical);
}

/** The canonical text of an instant stored by `instantMs`. */
export function instantOfMs(ms: number): string {
  return new Date(ms).toISOString();
}
