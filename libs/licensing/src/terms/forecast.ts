import { evolve } from '../state/evolve';
import type { TenantState } from '../state/tenant-state';
import { DAY_MS, instantOf } from './instants';
import { expiriesDue } from './subscriptions';

/** SPEC §6: `asOf` may look this far ahead. */
export const MAX_FORECAST_DAYS = 366;

/** Why the instant cannot be forecast, if it cannot: beyond `MAX_FORECAST_DAYS` after `now`. */
export function forecastRefusal(now: string, at: string): string | undefined {
  const ahead = instantOf(at) - instantOf(now);
  if (Number.isNaN(ahead)) return 'asOf and now must be ISO-8601 instants.';
  if (ahead > MAX_FORECAST_DAYS * DAY_MS) return `asOf may be at most ${MAX_FORECAST_DAYS} days ahead.`;
  return undefined;
}

/**
 * R13: the state as of a future instant `at`, forecast from the terms recorded: every term
 * ended by then expires, in the order the terms end (nothing else is foreseen). Each expiry is
 * folded as its own activity at its end, as the scheduler would append it.
 */
export function forecastAt(state: TenantState, at: string): TenantState {
  let forecast = state;
  for (const event of expiriesDue(state, at)) {
    forecast = evolve(forecast, {
      event,
      activityId: `forecast-expiry-${event.data.purchaseId}`,
      occurredAt: event.data.endedAt,
    });
  }
  return forecast;
}
