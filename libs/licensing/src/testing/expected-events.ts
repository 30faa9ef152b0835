import { SKU_CATALOG, type Sku } from '../catalogue/skus';
import type { LedgerEvent, LicensePurchased, ResourceType, UnassignReason } from '../events/events';
import type { Rulebook } from '../rulebooks/rulebook-names';

/** Events as a specification expects them (or records them as given). */

/**
 * A purchase as recorded; unless the terms say otherwise: the currency is the list price's, the
 * rulebook 2019 (policy seed), Resource Account seats free and every other seat paid.
 */
export const purchased = (
  purchaseId: string,
  sku: Sku,
  quantity: number,
  terms: Pick<LicensePurchased['data'], 'unitPrice' | 'allocationAfter'> &
    Partial<
      Pick<
        LicensePurchased['data'],
        'currency' | 'policy' | 'rulebook' | 'freeQuantity' | 'paidQuantity' | 'term'
      >
    >,
): LedgerEvent => {
  const freeQuantity = terms.freeQuantity ?? (SKU_CATALOG[sku].allotted ? quantity : 0);
  return {
    type: 'LicensePurchased',
    data: {
      purchaseId,
      sku,
      quantity,
      currency: 'USD',
      rulebook: '2019',
      policy: 'seed',
      freeQuantity,
      paidQuantity: quantity - freeQuantity,
      ...terms,
    },
  };
};

export const rulebookAdopted = (rulebook: Rulebook, previous: Rulebook | null = null): LedgerEvent => ({
  type: 'RulebookAdopted',
  data: { rulebook, previous },
});

export const assigned = (accountId: string, sku: Sku): LedgerEvent => ({
  type: 'LicenseAssigned',
  data: { accountId, sku },
});

export const unassigned = (accountId: string, sku: Sku, reason: UnassignReason = 'removed'): LedgerEvent => ({
  type: 'LicenseUnassigned',
  data: { accountId, sku, reason },
});

export const swapped = (accountId: string, fromSku: Sku, toSku: Sku): LedgerEvent => ({
  type: 'LicenseSwapped',
  data: { accountId, fromSku, toSku },
});

export const numberAssigned = (accountId: string, phoneNumber: string): LedgerEvent => ({
  type: 'PhoneNumberAssigned',
  data: { accountId, phoneNumber },
});

export const numberReleased = (accountId: string, phoneNumber: string): LedgerEvent => ({
  type: 'PhoneNumberReleased',
  data: { accountId, phoneNumber },
});

export const accountDeleted = (accountId: string): LedgerEvent => ({
  type: 'AccountDeleted',
  data: { accountId },
});

export const resourceCreated = (
  accountId: string,
  displayName: string,
  resourceType: ResourceType = 'auto-attendant',
): LedgerEvent => ({
  type: 'AccountCreated',
  data: { accountId, displayName, kind: 'resource', resourceType },
});
