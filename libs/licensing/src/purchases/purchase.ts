import { allocationFor, isAllocationPolicy } from './allocation-policy';
import type { PurchaseLicenses } from '../decider/commands';
import type { LedgerEvent } from '../events/events';
import { refuse, type DomainError } from '../decider/domain-error';
import { isPurchaseQuantity, MAX_PURCHASE_QUANTITY } from '../decider/formats';
import { allocationBaseOf } from './quota';
import { isSku, LIST_PRICE_CURRENCY, SKU_CATALOG } from '../catalogue/skus';
import type { TenantState } from '../state/tenant-state';

export function decidePurchase(command: PurchaseLicenses, state: TenantState): LedgerEvent[] | DomainError {
  const { purchaseId, sku, quantity, policy } = command;
  if (!isSku(sku)) return refuse('INVALID_COMMAND', `Unknown SKU ${String(sku)}.`, { sku });
  if (!isPurchaseQuantity(quantity)) {
    return refuse('INVALID_COMMAND', `Quantity must be an integer from 1 to ${MAX_PURCHASE_QUANTITY}.`, {
      quantity,
    });
  }
  if (!isAllocationPolicy(policy))
    return refuse('INVALID_COMMAND', `Unknown allocation policy ${String(policy)}.`);
  if (typeof purchaseId !== 'string' || purchaseId.length === 0) {
    return refuse('INVALID_COMMAND', 'A purchase needs a purchase id.');
  }
  // A purchase id names one purchase forever, cancelled or not.
  if (state.purchases.has(purchaseId) || state.cancelledPurchases.has(purchaseId)) {
    return refuse('INVALID_COMMAND', `Purchase id ${purchaseId} is already used.`, { purchaseId });
  }

  const definition = SKU_CATALOG[sku];
  const phoneSystemSeats = allocationBaseOf(state);
  if (definition.capped) {
    // R3: the free licences come with Phone System seats; without any there is nothing to allot.
    if (phoneSystemSeats === 0) {
      return refuse(
        'NOT_QUALIFIED',
        `${sku} needs at least one purchased Phone System or E5 seat; the tenant has none.`,
        { sku, phoneSystemSeats },
      );
    }
    // R2/R3: bought at zero, only up to A(N) under the policy in force now.
    const allocation = allocationFor(policy, phoneSystemSeats);
    const purchased = state.seats[sku].purchased;
    if (purchased + quantity > allocation) {
      return refuse(
        'ALLOCATION_EXCEEDED',
        `The allocation is ${allocation} ${sku} licences (policy ${policy}, N=${phoneSystemSeats}); ` +
          `${purchased} are purchased, so ${Math.max(0, allocation - purchased)} more can be, not ${quantity}.`,
        { allocation, purchased, requested: quantity },
      );
    }
  }

  const phoneSystemSeatsAfter = phoneSystemSeats + (definition.countsForAllocation ? quantity : 0);
  return [
    {
      type: 'LicensePurchased',
      data: {
        purchaseId,
        sku,
        quantity,
        unitPrice: definition.unitPrice, // R3: 0 for the Virtual User licence, from the catalog.
        currency: LIST_PRICE_CURRENCY,
        policy,
        allocationAfter: allocationFor(policy, phoneSystemSeatsAfter),
      },
    },
  ];
}
