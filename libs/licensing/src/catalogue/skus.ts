import type { AccountKind } from '../events/account-kind';
import type { Rulebook } from '../rulebooks/rulebook-names';

/**
 * The SKU catalogue (SPEC §1, §4). Everything the rules need to know about a SKU lives here,
 * so a rule asks the catalogue instead of listing SKUs again. Ids never change; names do.
 *
 * Names and prices, checked on 2026-11-30 with the team's `search` tool:
 * - names: Microsoft Learn, "Manage resource accounts for service numbers"
 *   (github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness, Teams/manage-resource-accounts.md):
 *   "Teams Phone Standard" and "Microsoft Teams Phone Resource Account"; the former names
 *   "Phone System" / "Cloud PBX" from blog.bumpinthe.net/2025/04/20/licenses-oh-licenses.
 *   "Teams Phone with Calling Plan" and "Teams Shared Devices": microsoftlicensingexperts.com
 *   (microsoft-teams-phone-licensing).
 * - prices: NOT verified against the vendor's price list (no vendor page with list prices was
 *   found). PHONE_SYSTEM: redresscompliance.com (microsoft-teams-phone-licensing-guide) quotes
 *   both "$8/user/month" (Phone System standalone) and "$10" (Teams Phone add-on); the ledger
 *   keeps 8, the price recorded on every purchase so far. E5, CALLING_PLAN,
 *   TEAMS_PHONE_WITH_CALLING_PLAN, TEAMS_SHARED_DEVICES and the paid Resource Account seat are
 *   unverified figures, to be checked against the vendor's price list.
 */
export const SKUS = [
  'PHONE_SYSTEM',
  'E5',
  'PHONE_SYSTEM_VIRTUAL_USER',
  'CALLING_PLAN',
  'TEAMS_PHONE_WITH_CALLING_PLAN',
  'TEAMS_SHARED_DEVICES',
] as const;
export type Sku = (typeof SKUS)[number];

export interface SkuDefinition {
  readonly sku: Sku;
  /** Today's product name (what administrators read; the console shows it). */
  readonly name: string;
  /** The names it was sold under before, newest first. */
  readonly formerNames: readonly string[];
  /** List price per seat and month, in USD (`LIST_PRICE_CURRENCY`). */
  readonly listPriceUsd: number;
  /** Holding it lets an account have a phone number (R1). */
  readonly phoneCapable: boolean;
  /** The rulebooks under which its purchased seats count towards N (R2, R9). */
  readonly countsFor: readonly Rulebook[];
  /** The kinds of account that may hold it (R4); none: counted per device, assigned to no account. */
  readonly holders: readonly AccountKind[];
  /** The free Resource Account licence, allotted by A(N) (R3 caps it, R10 sells beyond it). */
  readonly allotted: boolean;
}

export const LIST_PRICE_CURRENCY = 'USD';

const EVERY_RULEBOOK: readonly Rulebook[] = ['2019', '2020', 'current'];

export const SKU_CATALOG: Readonly<Record<Sku, SkuDefinition>> = {
  PHONE_SYSTEM: {
    sku: 'PHONE_SYSTEM',
    name: 'Teams Phone Standard',
    formerNames: ['Phone System', 'Cloud PBX'],
    listPriceUsd: 8,
    phoneCapable: true,
    countsFor: EVERY_RULEBOOK,
    holders: ['user', 'resource'],
    allotted: false,
  },
  E5: {
    sku: 'E5',
    name: 'Microsoft 365 E5 (incl. Teams Phone Standard)',
    formerNames: ['E5 (incl. Phone System)'],
    listPriceUsd: 57,
    phoneCapable: true,
    countsFor: EVERY_RULEBOOK,
    holders: ['user', 'resource'],
    allotted: false,
  },
  PHONE_SYSTEM_VIRTUAL_USER: {
    sku: 'PHONE_SYSTEM_VIRTUAL_USER',
    name: 'Teams Phone Resource Account',
    formerNames: ['Phone System – Virtual User', 'Phone System'],
    // R10: the price of a seat beyond the free allocation (unverified, see above).
    listPriceUsd: 2,
    phoneCapable: true,
    countsFor: [],
    holders: ['resource'],
    allotted: true,
  },
  CALLING_PLAN: {
    sku: 'CALLING_PLAN',
    name: 'Calling Plan',
    formerNames: [],
    listPriceUsd: 12,
    phoneCapable: false,
    countsFor: [],
    holders: ['user', 'resource'],
    allotted: false,
  },
  TEAMS_PHONE_WITH_CALLING_PLAN: {
    sku: 'TEAMS_PHONE_WITH_CALLING_PLAN',
    name: 'Teams Phone with Calling Plan',
    formerNames: [],
    listPriceUsd: 15,
    phoneCapable: true,
    // SPEC §4: counts towards the allocation under today's rules only.
    countsFor: ['current'],
    holders: ['user'],
    allotted: false,
  },
  TEAMS_SHARED_DEVICES: {
    sku: 'TEAMS_SHARED_DEVICES',
    name: 'Teams Shared Devices',
    formerNames: ['Common Area Phone'],
    listPriceUsd: 8,
    phoneCapable: false,
    // SPEC §4: counts per device seat under today's rules; a device is no account of the ledger.
    countsFor: ['current'],
    holders: [],
    allotted: false,
  },
};

export function isSku(value: unknown): value is Sku {
  return typeof value === 'string' && (SKUS as readonly string[]).includes(value);
}

export function isPhoneCapable(sku: Sku): boolean {
  return SKU_CATALOG[sku].phoneCapable;
}

/** R2/R9: whether purchased seats of `sku` count towards N under `rulebook`. */
export function countsForAllocation(sku: Sku, rulebook: Rulebook): boolean {
  return SKU_CATALOG[sku].countsFor.includes(rulebook);
}

/** R4: whether an account of `kind` may hold `sku`. */
export function mayHold(kind: AccountKind, sku: Sku): boolean {
  return SKU_CATALOG[sku].holders.includes(kind);
}

export const PHONE_CAPABLE_SKUS: readonly Sku[] = SKUS.filter(isPhoneCapable);
export const VIRTUAL_USER_SKU = 'PHONE_SYSTEM_VIRTUAL_USER' satisfies Sku;

/** The phone-capable licence among `licenses`, if any; R4 allows at most one. */
export function phoneCapableLicenseOf(licenses: readonly Sku[]): Sku | undefined {
  return licenses.find(isPhoneCapable);
}
