import { SKU_CATALOG, SKUS, type SkuDefinition } from './skus';

/** One SKU as `GET /v1/catalog` answers it (SPEC §6 catalogue entry): its definition, less what only the rules use. */
export type CatalogueEntry = Omit<SkuDefinition, 'allotted'>;

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
