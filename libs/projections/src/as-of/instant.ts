/**
 * ISO-8601 in, the canonical UTC form out, so it compares with stored `occurredAt` as text (the
 * instant of an as-of read, a snapshot's `reached_at`, a history filter's bounds).
 */
export function canonicalInstant(value: string): string {
  return new Date(value).toISOString();
}
