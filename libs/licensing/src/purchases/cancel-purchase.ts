import type { CancelPurchase } from '../decider/commands';
import type { LedgerEvent } from '../events/events';
import { refuse, type DomainError } from '../decider/domain-error';
import type { TenantState } from '../state/tenant-state';

/**
 * Cancelling Phone System or E5 seats may push A(N) below the Virtual User seats already
 * purchased: allowed, the quota then shows the tenant over-allocated (SPEC §3).
 */
export function decideCancelPurchase(
  command: CancelPurchase,
  state: TenantState,
): LedgerEvent[] | DomainError {
  const { purchaseId } = command;
  const purchase = state.purchases.get(purchaseId);
  if (purchase === undefined) {
    const why = state.cancelledPurchases.has(purchaseId)
      ? 'is already cancelled'
      : state.expiredPurchases.has(purchaseId)
        ? 'has expired (R13)'
        : 'does not exist';
    return refuse('NOT_FOUND', `Purchase ${purchaseId} ${why}.`, { purchaseId });
  }
  const { sku, quantity } = purchase;
  const { purchased, assigned } = state.seats[sku];
  // R4: seats in use cannot be cancelled.
  if (assigned > purchased - quantity) {
    return refuse(
      'SEATS_IN_USE',
      `Cancelling ${quantity} ${sku} seats would leave ${purchased - quantity} for ${assigned} assigned; ` +
        'unassign licences first.',
      { purchaseId, sku, quantity, purchased, assigned },
    );
  }
  return [{ type: 'LicensePurchaseCancelled', data: { purchaseId, sku, quantity } }];
}
