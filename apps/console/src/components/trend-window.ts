import type { TrendInterval, TrendWindow } from '../api/report-types';

/** The ranges a trend offers, counted in calendar months back from now (and ahead, for a forecast: R13). */
export const TREND_RANGES = [
  { id: '1m', label: 'Last month', back: 1, ahead: 0 },
  { id: '3m', label: 'Last 3 months', back: 3, ahead: 0 },
  { id: '12m', label: 'Last 12 months', back: 12, ahead: 0 },
  { id: '12m+3m', label: 'Last 12 months and the next 3 (forecast)', back: 12, ahead: 3 },
  { id: '24m', label: 'Last 24 months', back: 24, ahead: 0 },
] as const;

export type TrendRange = (typeof TREND_RANGES)[number]['id'];

export const TREND_INTERVALS: readonly { readonly id: TrendInterval; readonly label: string }[] = [
  { id: 'day', label: 'Daily' },
  { id: 'week', label: 'Weekly' },
  { id: 'month', label: 'Monthly' },
];

/** The same day and time `months` calendar months away, the day clipped to the month's last (30 Nov + 3 months = 28 Feb, not 2 Mar). */
function monthsFrom(instant: Date, months: number): Date {
  const moved = new Date(instant);
  moved.setUTCDate(1);
  moved.setUTCMonth(moved.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(moved.getUTCFullYear(), moved.getUTCMonth() + 1, 0)).getUTCDate();
  moved.setUTCDate(Math.min(instant.getUTCDate(), lastDay));
  return moved;
}

/** The query of a range ending (or, with a forecast, starting its future part) at `now`; ≤ 1,000 points for any interval. */
export function trendWindow(range: TrendRange, interval: TrendInterval, now: Date): TrendWindow {
  const chosen = TREND_RANGES.find((candidate) => candidate.id === range) ?? TREND_RANGES[2];
  return { from: monthsFrom(now, -chosen.back).toISOString(), to: monthsFrom(now, chosen.ahead).toISOString(), interval };
}
