import type { ExpireSubscription, RenewSubscription } from '../decider/commands';
import { refuse, type DomainError } from '../decider/domain-error';
import type { LedgerEvent, SubscriptionExpired } from '../events/events';
import type { PurchaseState, TenantState } from '../state/tenant-state';
import { instantOf } from './instants';
import { invalidEndsAt } from './term-validation';

/**
 * R13: the scheduler's command at a term's end. Idempotent by design: a purchase already
 * expired, cancelled, or renewed past `now` appends nothing, so a second instance, a restart or a
 * retry sending it again records one `SubscriptionExpired` at most.
 */
export function decideExpireSubscription(
  command: ExpireSubscription,
  state: TenantState,
): LedgerEvent[] | DomainError {
  const { purchaseId, now } = command;
  if (Number.isNaN(instantOf(now))) {
    return refuse('INVALID_COMMAND', 'Expiry needs the instant of the decision (now) as ISO-8601.', {
      field: 'now',
    });
  }
  if (state.expiredPurchases.has(purchaseId) || state.cancelledPurchases.has(purchaseId)) return [];
  const purchase = state.purchases.get(purchaseId);
  if (purchase === undefined)
    return refuse('NOT_FOUND', `Purchase ${purchaseId} does not exist.`, { purchaseId });
  if (purchase.term === undefined) {
    return refuse('NO_TERM', `Purchase ${purchaseId} has no term, so it never expires.`, { purchaseId });
  }
  if (instantOf(purchase.term.endsAt) > instantOf(now)) return [];
  return [expiryOf(purchase, purchase.term.endsAt)];
}

/** R13: a new end for a term that has not ended. */
export function decideRenewSubscription(
  command: RenewSubscription,
  state: TenantState,
): LedgerEvent[] | DomainError {
  const { purchaseId, endsAt, now } = command;
  const invalid = invalidEndsAt(endsAt, now);
  if (invalid !== undefined) return invalid;
  if (state.expiredPurchases.has(purchaseId)) {
    return refuse(
      'SUBSCRIPTION_EXPIRED',
      `Purchase ${purchaseId} has expired; buy the seats again instead.`,
      {
        purchaseId,
      },
    );
  }
  const purchase = state.purchases.get(purchaseId);
  if (purchase === undefined) {
    const why = state.cancelledPurchases.has(purchaseId) ? 'is cancelled' : 'does not exist';
    return refuse('NOT_FOUND', `Purchase ${purchaseId} ${why}.`, { purchaseId });
  }
  if (purchase.term === undefined) {
    return refuse('NO_TERM', `Purchase ${purchaseId} has no term to renew.`, { purchaseId });
  }
  // R13: a term that ended by `now` has expired, whether or not its SubscriptionExpired is appended yet.
  if (instantOf(purchase.term.endsAt) <= instantOf(now)) {
    return refuse(
      'SUBSCRIPTION_EXPIRED',
      `Purchase ${purchaseId} ended at ${purchase.term.endsAt}; buy the seats again instead.`,
      { purchaseId, endedAt: purchase.term.endsAt },
    );
  }
  return [
    {
      type: 'SubscriptionRenewed',
      data: { purchaseId, sku: purchase.sku, endsAt, previousEndsAt: purchase.term.endsAt },
    },
  ];
}

/** R13: whether a term ending at `endsAt` has ended by `at`. */
export function termEndedBy(endsAt: string, at: string): boolean {
  return instantOf(endsAt) <= instantOf(at);
}

/** R13: the purchases whose term has ended by `now` and that have not expired yet, soonest first. */
export function dueExpiries(
  state: TenantState,
  now: string,
): { readonly purchaseId: string; readonly endsAt: string }[] {
  const due: { purchaseId: string; endsAt: string }[] = [];
  for (const { purchaseId, term } of state.purchases.values()) {
    if (term !== undefined && termEndedBy(term.endsAt, now)) due.push({ purchaseId, endsAt: term.endsAt });
  }
  return due.sort((a, b) => instantOf(a.endsAt) - instantOf(b.endsAt));
}

function expiryOf(purchase: PurchaseState, endedAt: string): SubscriptionExpired {
  const { purchaseId, sku, quantity } = purchase;
  return { type: 'SubscriptionExpired', data: { purchaseId, sku, quantity, endedAt } };
}

/** The expiry events `dueExpiries` calls for, as the scheduler would have them appended. */
export function expiriesDue(state: TenantState, now: string): SubscriptionExpired[] {
  return dueExpiries(state, now).flatMap(({ purchaseId, endsAt }) => {
    const purchase = state.purchases.get(purchaseId);
    return purchase === undefined ? [] : [expiryOf(purchase, endsAt)];
  });
}
