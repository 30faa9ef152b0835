import type { AccountKind } from '../events/account-kind';
import type { Rulebook } from '../rulebooks/rulebook-names';
import { SKU_CATALOG, SKUS, type Sku } from './skus';

/** One SKU as `GET /v1/catalog` answers it (SPEC §6 catalogue entry). */
export interface CatalogueEntry {
  readonly sku: Sku;
  readonly name: string;
  readonly formerNames: readonly string[];
  readonly listPriceUsd: number;
  readonly phoneCapable: boolean;
  readonly countsFor: readonly Rulebook[];
  readonly holders: readonly AccountKind[];
}

/** The catalogue in SPEC §6's shape, in the order of `SKUS`. */
export function catalogueEntries(): CatalogueEntry[] {
  return SKUS.map((sku) => {
    const { name, formerNames, listPriceUsd, phoneCapable, countsFor, holders } = SKU_CATALOG[sku];
    return {
      sku,
      name,
      formerNames: [...formerNames],
      listPriceUsd,
      phoneCapable,
      countsFor: [...countsFor],
      holders: [...holders],
    };
  });
}
