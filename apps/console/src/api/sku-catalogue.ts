/**
 * The console's copy of the SKU catalogue (SPEC §1), the part it shows and the rules it pre-checks.
 * The server's is `SKU_CATALOG` in libs/licensing; test/console/domain-copy.unit.spec.ts fails the
 * moment the two differ. It goes away when the API serves the catalogue.
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

export interface ConsoleSkuDefinition {
  /** The product name administrators read (today's name). */
  readonly name: string;
  /** Holding it lets an account have a phone number (R1). */
  readonly phoneCapable: boolean;
  /** The kinds of account that may hold it (R4); none: counted per device. */
  readonly holders: readonly ('user' | 'resource')[];
}

export const SKU_CATALOG: Readonly<Record<Sku, ConsoleSkuDefinition>> = {
  PHONE_SYSTEM: { name: 'Teams Phone Standard', phoneCapable: true, holders: ['user', 'resource'] },
  E5: { name: 'Microsoft 365 E5 (incl. Teams Phone Standard)', phoneCapable: true, holders: ['user', 'resource'] },
  PHONE_SYSTEM_VIRTUAL_USER: { name: 'Teams Phone Resource Account', phoneCapable: true, holders: ['resource'] },
  CALLING_PLAN: { name: 'Calling Plan', phoneCapable: false, holders: ['user', 'resource'] },
  TEAMS_PHONE_WITH_CALLING_PLAN: { name: 'Teams Phone with Calling Plan', phoneCapable: true, holders: ['user'] },
  TEAMS_SHARED_DEVICES: { name: 'Teams Shared Devices', phoneCapable: false, holders: [] },
};

export function isSku(value: string): value is Sku {
  return (SKUS as readonly string[]).includes(value);
}

/** The product name of `sku`; an SKU this console does not know yet is shown by its code. */
export function skuName(sku: string): string {
  return isSku(sku) ? SKU_CATALOG[sku].name : sku;
}
