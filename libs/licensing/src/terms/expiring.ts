import type { Sku } from '../catalogue/skus';
import type { TenantState } from '../state/tenant-state';
import { DAY_MS, instantOf } from './instants';

/** R13: how far ahead the quota view lists terms ending. */
export const EXPIRING_WITHIN_DAYS = 30;

/** SPEC §6: a term ending soon. */
export interface ExpiringTerm {
  readonly purchaseId: string;
  readonly sku: Sku;
  readonly quantity: number;
  readonly endsAt: string;
  readonly trial: boolean;
}

/**
 * R13: live purchases whose term ends within 30 days of `now` (or has ended and awaits its
 * `SubscriptionExpired`), soonest first; every live term when `now` is not given.
 */
export function expiringTerms(state: TenantState, now?: string): ExpiringTerm[] {
  const horizon =
    now === undefined ? Number.POSITIVE_INFINITY : instantOf(now) + EXPIRING_WITHIN_DAYS * DAY_MS;
  const expiring: ExpiringTerm[] = [];
  for (const { purchaseId, sku, quantity, term } of state.purchases.values()) {
    if (term === undefined || !(instantOf(term.endsAt) <= horizon)) continue;
    expiring.push({ purchaseId, sku, quantity, endsAt: term.endsAt, trial: term.trial });
  }
  return expiring.sort((a, b) => instantOf(a.endsAt) - instantOf(b.endsAt));
}
