import { forecastAt, type TenantState } from '@ledger/licensing';

/**
 * A tenant's state as `asOf` answers it at `at`, given the log folded up to `at`: that state, and
 * after `now` a forecast (R13 `forecastAt`: every term ended by then expired). One definition for
 * as-of reads and the points of a trend.
 */
export function stateAsOf(state: TenantState, at: string, now: string): TenantState {
  return at > now ? forecastAt(state, at) : state;
}
