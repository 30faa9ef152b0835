import { DAY_MS, forecastRefusal, MAX_FORECAST_DAYS } from '@ledger/licensing';

/** SPEC §5 trends: the length of the intervals a series is cut into. */
export const TREND_INTERVALS = ['day', 'week', 'month'] as const;
export type TrendInterval = (typeof TREND_INTERVALS)[number];

export function isTrendInterval(value: unknown): value is TrendInterval {
  return typeof value === 'string' && (TREND_INTERVALS as readonly string[]).includes(value);
}

/** SPEC §6: a series has at most this many points. */
export const MAX_TREND_POINTS = 1000;

/**
 * The first end of an interval strictly after `ms` (ms since the epoch), in UTC, aligned on the
 * calendar whatever `from` is:
 * - day: the next midnight UTC;
 * - week: the next Monday, midnight UTC (ISO 8601 weeks run Monday to Sunday);
 * - month: the first day of the next month, midnight UTC.
 */
export function nextIntervalEnd(ms: number, interval: TrendInterval): number {
  const date = new Date(ms);
  const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  switch (interval) {
    case 'day':
      return midnight + DAY_MS;
    case 'week': {
      // getUTCDay: Sunday 0 … Saturday 6; days until the next Monday, 1 to 7.
      const daysToMonday = (8 - date.getUTCDay()) % 7 || 7;
      return midnight + daysToMonday * DAY_MS;
    }
    case 'month':
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
    default: {
      const unknownInterval: never = interval;
      throw new Error(`Unknown interval ${String(unknownInterval)}`);
    }
  }
}

/** A trend asked for: `from` and `to` canonical ISO-8601 UTC (see `canonicalInstant`). */
export interface TrendRequest {
  readonly from: string;
  readonly to: string;
  readonly interval: TrendInterval;
}

/** Why a trend cannot be answered, naming the field to change (400 VALIDATION_FAILED, or the CLI's usage error). */
export interface TrendRefusal {
  readonly field: 'from' | 'to' | 'interval';
  readonly message: string;
}

/**
 * The instants of a series' points, oldest first: the end of every interval that ends after `from`
 * and before `to`, then `to` itself (the last interval clipped to it). An interval end equal to
 * `to` is one point, not two. Each point is the state at that instant, as `asOf` answers it: every
 * event that occurred at or before it counts.
 * At most `limit` + 1 instants are produced, so an over-long request is found without listing it.
 */
export function trendInstants({ from, to, interval }: TrendRequest, limit = MAX_TREND_POINTS): string[] {
  const end = Date.parse(to);
  const instants: string[] = [];
  for (let at = nextIntervalEnd(Date.parse(from), interval); at < end; at = nextIntervalEnd(at, interval)) {
    instants.push(new Date(at).toISOString());
    if (instants.length > limit) return instants;
  }
  instants.push(to);
  return instants;
}

/**
 * SPEC §5/§6 bad input of a trend: `from` after `to`; `to` beyond the forecast window (R13: as
 * `asOf`, up to 366 days after `now`); more than 1,000 points. Undefined when it can be answered.
 */
export function trendRefusal(request: TrendRequest, now: string): TrendRefusal | undefined {
  const { from, to, interval } = request;
  if (from > to) return { field: 'from', message: `from (${from}) must not be after to (${to}).` };
  // R13: the forecast window `asOf` has.
  if (forecastRefusal(now, to) !== undefined) {
    return {
      field: 'to',
      message: `to may be at most ${MAX_FORECAST_DAYS} days ahead (a forecast from the terms recorded, R13).`,
    };
  }
  const points = trendInstants(request).length;
  if (points > MAX_TREND_POINTS) {
    return {
      field: 'interval',
      message:
        `from ${from} to ${to} by ${interval} gives more than ${MAX_TREND_POINTS} points; ` +
        'choose a longer interval or a shorter range.',
    };
  }
  return undefined;
}
