import type { AccountView, CatalogueEntry, Sku } from './types';

/**
 * The SKU catalogue as `GET /v1/catalog` serves it (SPEC §4): names, prices and the rules the
 * console pre-checks. The console keeps no copy of its own; the API has the last word on every write.
 */
export interface Catalogue {
  /** Every SKU, in the API's order. */
  readonly skus: readonly Sku[];
  readonly entryOf: (sku: Sku) => CatalogueEntry | undefined;
  /** Today's product name; an SKU the catalogue does not list is shown by its code. */
  readonly nameOf: (sku: string) => string;
}

export function catalogueOf(entries: readonly CatalogueEntry[]): Catalogue {
  const bySku = new Map<string, CatalogueEntry>(entries.map((entry) => [entry.sku, entry]));
  return {
    skus: entries.map((entry) => entry.sku),
    entryOf: (sku) => bySku.get(sku),
    nameOf: (sku) => bySku.get(sku)?.name ?? sku,
  };
}

/** R4: what this account may be given; the API has the last word, this only keeps the list short. */
export function assignableSkus(catalogue: Catalogue, account: Pick<AccountView, 'kind' | 'licenses'>): Sku[] {
  return catalogue.skus.filter(
    (sku) => !account.licenses.includes(sku) && (catalogue.entryOf(sku)?.holders.includes(account.kind) ?? false),
  );
}

/**
 * R6/R8: removing `sku` leaves this resource account without a phone-capable licence, so it
 * becomes at risk (the domain's `statusAfterUnassign` for a healthy account).
 */
export function removalRisksSplitSwap(catalogue: Catalogue, account: Pick<AccountView, 'kind' | 'licenses'>, sku: Sku): boolean {
  const phoneCapable = (held: Sku): boolean => catalogue.entryOf(held)?.phoneCapable ?? false;
  if (account.kind !== 'resource' || !phoneCapable(sku)) return false;
  return account.licenses.filter(phoneCapable).length === 1;
}
