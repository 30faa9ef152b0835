import type { AllocationPolicy } from '../purchases/allocation-policy';
import type { Sku } from '../catalogue/skus';
import type { AccountKind } from './account-kind';
import type { Rulebook } from '../rulebooks/rulebook-names';

/** Event data only (SPEC §2, §4); metadata travels beside it. Versions: schema-versions.ts. */

export type { AccountKind } from './account-kind';
export const RESOURCE_TYPES = ['auto-attendant', 'call-queue'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];
export type UnassignReason = 'removed' | 'account-deleted' | 'replaced';

export interface AccountCreated {
  readonly type: 'AccountCreated';
  readonly data: {
    readonly accountId: string;
    readonly displayName: string;
    readonly kind: AccountKind;
    readonly resourceType?: ResourceType;
  };
}
export interface AccountDeleted {
  readonly type: 'AccountDeleted';
  readonly data: { readonly accountId: string };
}
/** R13: a subscription term; `endsAt` is an ISO-8601 UTC instant. */
export interface Term {
  readonly endsAt: string;
  readonly trial: boolean;
}

/** Schema version 2 (version 1 had no rulebook, freeQuantity, paidQuantity nor term: upcasters.ts). */
export interface LicensePurchased {
  readonly type: 'LicensePurchased';
  readonly data: {
    readonly purchaseId: string;
    readonly sku: Sku;
    readonly quantity: number;
    /** The catalogue's list price of one paid seat (0 for a Resource Account seat under 2019/2020, R3). */
    readonly unitPrice: number;
    readonly currency: string;
    /** R9: the rulebook in force, which judged this purchase. */
    readonly rulebook: Rulebook;
    /** SPEC §2's field, derived from `rulebook` (seed for 2019, per-ten otherwise). */
    readonly policy: AllocationPolicy;
    /** A(N) right after this purchase, under `rulebook`. */
    readonly allocationAfter: number;
    /** R10: seats within the free allocation (Resource Account seats only; 0 for other SKUs). */
    readonly freeQuantity: number;
    /** R10: seats bought at `unitPrice`; freeQuantity + paidQuantity = quantity. */
    readonly paidQuantity: number;
    /** R13: absent for a purchase without an end. */
    readonly term?: Term;
  };
}
/** R9: the tenant is governed by `rulebook` from this event on; `previous` is null for the first. */
export interface RulebookAdopted {
  readonly type: 'RulebookAdopted';
  readonly data: { readonly rulebook: Rulebook; readonly previous: Rulebook | null };
}
/** R13: the term of a purchase ended; its seats stop counting. */
export interface SubscriptionExpired {
  readonly type: 'SubscriptionExpired';
  readonly data: {
    readonly purchaseId: string;
    readonly sku: Sku;
    readonly quantity: number;
    readonly endedAt: string;
  };
}
/** R13: the term of a purchase now ends at `endsAt` (it ended at `previousEndsAt` before). */
export interface SubscriptionRenewed {
  readonly type: 'SubscriptionRenewed';
  readonly data: {
    readonly purchaseId: string;
    readonly sku: Sku;
    readonly endsAt: string;
    readonly previousEndsAt: string;
  };
}
export interface LicensePurchaseCancelled {
  readonly type: 'LicensePurchaseCancelled';
  readonly data: { readonly purchaseId: string; readonly sku: Sku; readonly quantity: number };
}
export interface LicenseAssigned {
  readonly type: 'LicenseAssigned';
  readonly data: { readonly accountId: string; readonly sku: Sku };
}
export interface LicenseUnassigned {
  readonly type: 'LicenseUnassigned';
  readonly data: { readonly accountId: string; readonly sku: Sku; readonly reason: UnassignReason };
}
export interface LicenseSwapped {
  readonly type: 'LicenseSwapped';
  readonly data: { readonly accountId: string; readonly fromSku: Sku; readonly toSku: Sku };
}
export interface PhoneNumberAssigned {
  readonly type: 'PhoneNumberAssigned';
  readonly data: { readonly accountId: string; readonly phoneNumber: string };
}
export interface PhoneNumberReleased {
  readonly type: 'PhoneNumberReleased';
  readonly data: { readonly accountId: string; readonly phoneNumber: string };
}

/**
 * SPEC §5: the tenant's personal data recorded before this event (display names, phone numbers,
 * actors) was erased by crypto-shredding; it reads as `"[erased]"` from here on. `fields` names
 * what was erased. Carries no personal data itself.
 */
export interface PersonalDataErased {
  readonly type: 'PersonalDataErased';
  readonly data: { readonly fields: readonly PersonalField[] };
}

/** The kinds of personal data the ledger records (SPEC §5): see personal-data/personal-fields.ts. */
export type PersonalField = 'displayName' | 'phoneNumber' | 'actor';

export type LedgerEvent =
  | AccountCreated
  | AccountDeleted
  | LicensePurchased
  | LicensePurchaseCancelled
  | LicenseAssigned
  | LicenseUnassigned
  | LicenseSwapped
  | PhoneNumberAssigned
  | PhoneNumberReleased
  | RulebookAdopted
  | SubscriptionExpired
  | SubscriptionRenewed
  | PersonalDataErased;

export type LedgerEventType = LedgerEvent['type'];

export const LEDGER_EVENT_TYPES: readonly LedgerEventType[] = [
  'AccountCreated',
  'AccountDeleted',
  'LicensePurchased',
  'LicensePurchaseCancelled',
  'LicenseAssigned',
  'LicenseUnassigned',
  'LicenseSwapped',
  'PhoneNumberAssigned',
  'PhoneNumberReleased',
  'RulebookAdopted',
  'SubscriptionExpired',
  'SubscriptionRenewed',
  'PersonalDataErased',
];

export function isLedgerEventType(value: unknown): value is LedgerEventType {
  return typeof value === 'string' && (LEDGER_EVENT_TYPES as readonly string[]).includes(value);
}

/** Metadata on every event (SPEC §2). Idempotency fields are present when the write carried a key. */
export interface EventMetadata {
  readonly tenantId: string;
  readonly activityId: string;
  readonly commandId: string;
  readonly actor: string;
  readonly correlationId: string;
  readonly occurredAt: string;
  readonly schemaVersion: number;
  readonly idempotencyKey?: string;
  readonly requestHash?: string;
  /** An activity recorded from a tenant export or audit log: the file and the record (no personal data). */
  readonly importedFrom?: ImportSource;
}

/** Which file of a tenant export, and which record of it (a directory object id, a SKU, an audit record id). */
export interface ImportSource {
  readonly file: string;
  readonly record: string;
}

/** An event as the domain sees it once read back: data plus the facts of its activity. */
export interface LedgerEventEnvelope<E extends LedgerEvent = LedgerEvent> {
  readonly event: E;
  readonly activityId: string;
  readonly occurredAt: string;
}
