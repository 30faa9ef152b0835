import { formatDateTime } from './format';

/** SPEC §6: `asOf` reaches at most 366 days ahead (R13 forecast); the same limit as the API's. */
export const MAX_FORECAST_DAYS = 366;
const DAY_MS = 24 * 3600 * 1000;

/**
 * Issue 16 #5: what is wrong with an as-of instant, in one plain sentence, before any request is
 * sent; null when the API will answer it. `iso` undefined: the value was not a date and time.
 */
export function asOfProblem(iso: string | undefined, now: Date): string | null {
  if (iso === undefined) return 'Type a whole date and time (day, month, year, hours, minutes and seconds).';
  const latest = new Date(now.getTime() + MAX_FORECAST_DAYS * DAY_MS);
  if (new Date(iso) > latest) {
    return `The ledger forecasts at most ${MAX_FORECAST_DAYS} days ahead: pick a moment before ${formatDateTime(latest.toISOString())}.`;
  }
  return null;
}

/** R13: an instant after now is a forecast from the terms recorded, not a record. */
export const isForecast = (iso: string, now: Date): boolean => new Date(iso) > now;

/** An instant from the address, read strictly: ISO-8601 with a date; undefined for anything else. */
export function instantFromAddress(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
