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

/** R13: whether a term ending at `endsAt` is listed as expiring at `now` (every term when no `now`). */
export function endsWithinExpiringWindow(endsAt: string, now?: string): boolean {
  if (now === undefined) return true;
  return instantOf(endsAt) <= instantOf(now) + EXPIRING_WITHIN_DAYS * DAY_MS;
}

/**
 * R13: the terms of a quota view computed without an instant (the projections store it so) that are
 * expiring at `now`: the same window as `expiringTerms`, applied when the view is read.
 */
export function expiringAt(terms: readonly ExpiringTerm[], now: string): ExpiringTerm[] {
  return terms.filter((term) => endsWithinExpiringWindow(term.endsAt, now));
}

/**
 * R13: live purchases whose term ends within 30 days of `now` (or has ended and awaits its
 * `SubscriptionExpired`), soonest first; every live term when `now` is not given.
 */
export function expiringTerms(state: TenantState, now?: string): ExpiringTerm[] {
  const expiring: ExpiringTerm[] = [];
  for (const { purchaseId, sku, quantity, term } of state.purchases.values()) {
    if (term === undefined || !endsWithinExpiringWindow(term.endsAt, now)) continue;
    expiring.push({ purchaseId, sku, quantity, endsAt: term.endsAt, trial: term.trial });
  }
  return expiring.sort((a, b) => instantOf(a.endsAt) - instantOf(b.endsAt));
}
