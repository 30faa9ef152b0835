/**
 * The console's copy of the SKU catalogue (SPEC §1), the part it shows and the rules it pre-checks.
 * The server's is `SKU_CATALOG` in libs/licensing; test/console/domain-copy.unit.spec.ts fails the
 * moment the two differ. It goes away when the API serves the catalogue.
 */
export const SKUS = ['PHONE_SYSTEM', 'E5', 'PHONE_SYSTEM_VIRTUAL_USER', 'CALLING_PLAN'] as const;
export type Sku = (typeof SKUS)[number];

export interface ConsoleSkuDefinition {
  /** The product name administrators read. */
  readonly displayName: string;
  /** Holding it lets an account have a phone number (R1). */
  readonly phoneCapable: boolean;
  /** Only resource accounts may hold it (R4). */
  readonly resourceAccountsOnly: boolean;
}

export const SKU_CATALOG: Readonly<Record<Sku, ConsoleSkuDefinition>> = {
  PHONE_SYSTEM: { displayName: 'Phone System', phoneCapable: true, resourceAccountsOnly: false },
  E5: { displayName: 'E5 (incl. Phone System)', phoneCapable: true, resourceAccountsOnly: false },
  PHONE_SYSTEM_VIRTUAL_USER: { displayName: 'Phone System – Virtual User', phoneCapable: true, resourceAccountsOnly: true },
  CALLING_PLAN: { displayName: 'Calling Plan', phoneCapable: false, resourceAccountsOnly: false },
};

export function isSku(value: string): value is Sku {
  return (SKUS as readonly string[]).includes(value);
}

/** The product name of `sku`; an SKU this console does not know yet is shown by its code. */
export function skuName(sku: string): string {
  return isSku(sku) ? SKU_CATALOG[sku].displayName : sku;
}
