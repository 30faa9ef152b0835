import type { AllocationPolicy } from '../purchases/allocation-policy';
import type { Sku } from '../catalogue/skus';

/** SPEC §2, schema version 1. Event data only; metadata travels beside it. */
export const EVENT_SCHEMA_VERSION = 1;

export type AccountKind = 'user' | 'resource';
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
export interface LicensePurchased {
  readonly type: 'LicensePurchased';
  readonly data: {
    readonly purchaseId: string;
    readonly sku: Sku;
    readonly quantity: number;
    readonly unitPrice: number;
    readonly currency: string;
    readonly policy: AllocationPolicy;
    /** A(N) right after this purchase, under `policy`. */
    readonly allocationAfter: number;
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

export type LedgerEvent =
  | AccountCreated
  | AccountDeleted
  | LicensePurchased
  | LicensePurchaseCancelled
  | LicenseAssigned
  | LicenseUnassigned
  | LicenseSwapped
  | PhoneNumberAssigned
  | PhoneNumberReleased;

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
}

/** An event as the domain sees it once read back: data plus the facts of its activity. */
export interface LedgerEventEnvelope<E extends LedgerEvent = LedgerEvent> {
  readonly event: E;
  readonly activityId: string;
  readonly occurredAt: string;
}
