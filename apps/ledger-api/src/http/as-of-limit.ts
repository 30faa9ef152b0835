import { forecastRefusal } from '@ledger/licensing';
import { LedgerHttpError } from './ledger-http-error';

/**
 * SPEC §6: `asOf` accepts up to 366 days ahead (R13 forecast); beyond, 400 naming `asOf`.
 * Both instants canonical ISO-8601 UTC.
 */
export function assertForecastable(now: string, asOf: string): void {
  if (asOf <= now) return;
  const refusal = forecastRefusal(now, asOf);
  if (refusal !== undefined) {
    throw LedgerHttpError.validation(refusal, [{ field: 'asOf', problems: [refusal] }]);
  }
}
