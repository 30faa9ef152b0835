/**
 * The SKU catalog (SPEC §1). Everything the rules need to know about a SKU lives here,
 * so a rule asks the catalog instead of listing SKUs again.
 */
export const SKUS = ['PHONE_SYSTEM', 'E5', 'PHONE_SYSTEM_VIRTUAL_USER', 'CALLING_PLAN'] as const;
export type Sku = (typeof SKUS)[number];

export interface SkuDefinition {
  readonly sku: Sku;
  /** The product name administrators read (SPEC §1's wording; the console shows it). */
  readonly displayName: string;
  /** Holding it lets an account have a phone number (R1). */
  readonly phoneCapable: boolean;
  /** Purchased seats count towards N, the base of the free allocation (R2). */
  readonly countsForAllocation: boolean;
  /** Only resource accounts may hold it (R4). */
  readonly resourceAccountsOnly: boolean;
  /** Capped by the free allocation A(N) and bought at price zero (R3). */
  readonly capped: boolean;
  /** List price per seat and month, in `LIST_PRICE_CURRENCY`. */
  readonly unitPrice: number;
}

export const LIST_PRICE_CURRENCY = 'USD';

export const SKU_CATALOG: Readonly<Record<Sku, SkuDefinition>> = {
  PHONE_SYSTEM: {
    sku: 'PHONE_SYSTEM',
    displayName: 'Phone System',
    phoneCapable: true,
    countsForAllocation: true,
    resourceAccountsOnly: false,
    capped: false,
    unitPrice: 8,
  },
  E5: {
    sku: 'E5',
    displayName: 'E5 (incl. Phone System)',
    phoneCapable: true,
    countsForAllocation: true,
    resourceAccountsOnly: false,
    capped: false,
    unitPrice: 57,
  },
  PHONE_SYSTEM_VIRTUAL_USER: {
    sku: 'PHONE_SYSTEM_VIRTUAL_USER',
    displayName: 'Phone System – Virtual User',
    phoneCapable: true,
    countsForAllocation: false,
    resourceAccountsOnly: true,
    capped: true,
    unitPrice: 0,
  },
  CALLING_PLAN: {
    sku: 'CALLING_PLAN',
    displayName: 'Calling Plan',
    phoneCapable: false,
    countsForAllocation: false,
    resourceAccountsOnly: false,
    capped: false,
    unitPrice: 12,
  },
};

export function isSku(value: unknown): value is Sku {
  return typeof value === 'string' && (SKUS as readonly string[]).includes(value);
}

export function isPhoneCapable(sku: Sku): boolean {
  return SKU_CATALOG[sku].phoneCapable;
}

export const PHONE_CAPABLE_SKUS: readonly Sku[] = SKUS.filter(isPhoneCapable);
export const VIRTUAL_USER_SKU = 'PHONE_SYSTEM_VIRTUAL_USER' satisfies Sku;

/** The phone-capable licence among `licenses`, if any; R4 allows at most one. */
export function phoneCapableLicenseOf(licenses: readonly Sku[]): Sku | undefined {
  return licenses.find(isPhoneCapable);
}
