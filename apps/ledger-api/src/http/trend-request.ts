import { canonicalInstant, trendRefusal, type TrendInterval, type TrendRequest } from '@ledger/projections';
import { LedgerHttpError } from './ledger-http-error';

/**
 * SPEC §5/§6: the trend asked for, in canonical UTC; `from` after `to`, `to` beyond the forecast
 * window or more than 1,000 points → 400 VALIDATION_FAILED naming the field. `now`: canonical ISO-8601.
 */
export function trendRequestOf(
  query: { readonly from: string; readonly to: string; readonly interval: TrendInterval },
  now: string,
): TrendRequest {
  const request = {
    from: canonicalInstant(query.from),
    to: canonicalInstant(query.to),
    interval: query.interval,
  };
  const refusal = trendRefusal(request, now);
  if (refusal !== undefined) {
    throw LedgerHttpError.validation(refusal.message, [
      { field: refusal.field, problems: [refusal.message] },
    ]);
  }
  return request;
}
