import type { AllocationPolicy } from '../purchases/allocation-policy';
import { rulebookOfPolicy } from '../rulebooks/rulebooks';
import { SKU_CATALOG, type Sku } from '../catalogue/skus';
import type { LedgerEventType, LicensePurchased } from './events';

/**
 * Upcasters at the decoding edge: one step per (type, from-version), turning the data of a
 * stored event of that version into the data of the next. Stored events are never rewritten;
 * decoding walks the steps up to the version this build writes (schema-versions.ts).
 */
export type Upcaster = (data: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/** LicensePurchased v1 (SPEC §2): before rulebooks, free/paid seats and terms. */
export interface LicensePurchasedV1 {
  readonly purchaseId: string;
  readonly sku: Sku;
  readonly quantity: number;
  readonly unitPrice: number;
  readonly currency: string;
  readonly policy: AllocationPolicy;
  readonly allocationAfter: number;
}

/**
 * LicensePurchased v1 → v2. R9: a v1 purchase was judged under its `policy`, which names a
 * rulebook (seed → 2019, per-ten → 2020); evolve makes a purchase's rulebook the one in force
 * when it differs (state/evolve.ts), so a log written before RulebookAdopted reads as if the
 * tenant adopted, at its first purchase, the rulebook of that purchase's policy — and a later
 * purchase under another policy switches it, as the latest policy governed before R9.
 * R3: every Resource Account seat bought before R10 was free; every other seat was paid.
 */
export function licensePurchasedV1ToV2(v1: LicensePurchasedV1): LicensePurchased['data'] {
  const freeQuantity = SKU_CATALOG[v1.sku].allotted ? v1.quantity : 0;
  return {
    purchaseId: v1.purchaseId,
    sku: v1.sku,
    quantity: v1.quantity,
    unitPrice: v1.unitPrice,
    currency: v1.currency,
    rulebook: rulebookOfPolicy(v1.policy),
    policy: v1.policy,
    allocationAfter: v1.allocationAfter,
    freeQuantity,
    paidQuantity: v1.quantity - freeQuantity,
  };
}

/** The registry: type → from-version → the step to from-version + 1. */
export const UPCASTERS: Readonly<Partial<Record<LedgerEventType, Readonly<Record<number, Upcaster>>>>> = {
  LicensePurchased: {
    1: (data) => ({ ...licensePurchasedV1ToV2(data as unknown as LicensePurchasedV1) }),
  },
};
