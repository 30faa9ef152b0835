import { SKU_CATALOG, SKUS, type Sku } from './sku-catalogue';
import type { AccountView } from './types';

/** R4: what this account may be given; the API has the last word, this only keeps the list short. */
export function assignableSkus(account: Pick<AccountView, 'kind' | 'licenses'>): Sku[] {
  return SKUS.filter((sku) => !account.licenses.includes(sku) && SKU_CATALOG[sku].holders.includes(account.kind));
}

/**
 * R6/R8: removing `sku` leaves this resource account without a phone-capable licence, so it
 * becomes at risk (the domain's `statusAfterUnassign` for a healthy account).
 */
export function removalRisksSplitSwap(account: Pick<AccountView, 'kind' | 'licenses'>, sku: Sku): boolean {
  if (account.kind !== 'resource' || !SKU_CATALOG[sku].phoneCapable) return false;
  return account.licenses.filter((held) => SKU_CATALOG[held].phoneCapable).length === 1;
}
