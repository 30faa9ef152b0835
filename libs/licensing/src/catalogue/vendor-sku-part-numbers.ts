import type { Sku } from './skus';

/**
 * The vendor's `skuPartNumber` (Microsoft Graph `subscribedSku`) of each catalogue SKU. Only part
 * numbers found in the vendor's own documentation are listed (checked 2026-11-30 with the team's
 * `search` tool; sources in test/fixtures/tenant-export/README.md):
 * - MCOEV, MCOTEAMS_ESSENTIALS, MCOCAP, ENTERPRISEPREMIUM, MCOPSTN1, MCOPSTN2: Microsoft Learn,
 *   "Assign Teams add-on licenses to users", table "Product names and SKU identifiers for
 *   licensing" (MicrosoftDocs/OfficeDocs-SkypeForBusiness, teams-add-on-licensing/).
 * - PHONESYSTEM_VIRTUALUSER: Microsoft Learn's auto attendant and call queue example
 *   (`Set-MsolUserLicense … -AddLicenses "contoso:PHONESYSTEM_VIRTUALUSER"`).
 * - SPE_E5: Microsoft Learn's SKU tables linking the licensing service plan reference
 *   (SPE_E5, 06ebc4ee-1bb5-47dd-8120-11324bc54e06).
 * Any other part number is unknown: the reconciliation lists it and the import ignores it; none is
 * mapped by guess (e.g. MCOEV_VIRTUALUSER appears in third-party scripts only).
 */
export const VENDOR_SKU_PART_NUMBERS: Readonly<Record<string, Sku>> = {
  MCOEV: 'PHONE_SYSTEM',
  PHONESYSTEM_VIRTUALUSER: 'PHONE_SYSTEM_VIRTUAL_USER',
  SPE_E5: 'E5',
  // "Microsoft Enterprise E5 (with Phone System)" in the vendor's table.
  ENTERPRISEPREMIUM: 'E5',
  MCOTEAMS_ESSENTIALS: 'TEAMS_PHONE_WITH_CALLING_PLAN',
  MCOCAP: 'TEAMS_SHARED_DEVICES',
  MCOPSTN1: 'CALLING_PLAN',
  MCOPSTN2: 'CALLING_PLAN',
};

/** The catalogue SKU sold under `skuPartNumber`, or undefined when the ledger does not know it. */
export function skuOfPartNumber(skuPartNumber: string): Sku | undefined {
  return Object.prototype.hasOwnProperty.call(VENDOR_SKU_PART_NUMBERS, skuPartNumber)
    ? VENDOR_SKU_PART_NUMBERS[skuPartNumber]
    : undefined;
}
