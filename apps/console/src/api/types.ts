import type { Sku } from './sku-catalogue';

/**
 * The shapes of SPEC §3 the console reads and writes: a copy of the server's, checked against
 * the domain's by test/console/domain-copy.unit.spec.ts until a generated client replaces it.
 */

export const ACCOUNT_STATUSES = ['healthy', 'at-risk', 'broken'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const RESOURCE_TYPES = ['auto-attendant', 'call-queue'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export const EVENT_TYPES = [
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
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface QuotaView {
  readonly tenantId: string;
  /** R9: the rulebook in force. */
  readonly rulebook?: string | null;
  readonly policy: string | null;
  readonly phoneSystemSeats: { readonly purchased: number; readonly assigned: number };
  readonly virtualUser: {
    readonly allocation: number;
    readonly purchased: number;
    readonly assigned: number;
    readonly available: number;
    /** Not in SPEC's list but served: how many more may be bought within the allocation. */
    readonly purchasable?: number;
  };
  readonly overAllocated: boolean;
  /** Where in the log this view stands; null for a tenant without events. */
  readonly position: number | string | null;
  /** Present on answers replayed to an instant. */
  readonly asOf?: string;
}

export interface BrokenBy {
  readonly removedInActivity: string;
  readonly assignedInActivity: string;
  readonly at: string;
}

export interface AccountView {
  readonly accountId: string;
  readonly displayName: string;
  readonly kind: 'user' | 'resource';
  readonly resourceType: ResourceType | null;
  readonly licenses: readonly Sku[];
  readonly phoneNumber: string | null;
  readonly status: AccountStatus;
  readonly statusReason: string;
  /** R11/R12: compliance flags under the rulebook in force. */
  readonly compliance?: readonly string[];
  readonly complianceRemedy?: string | null;
  readonly brokenBy?: BrokenBy;
}

export const WARNING_CODES = ['SPLIT_SWAP_RISK', 'FULL_LICENCE_ON_RESOURCE_ACCOUNT'] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface LedgerWarning {
  readonly code: WarningCode;
  readonly accountId?: string;
  readonly message: string;
}

export interface WriteAnswer {
  readonly activityId: string | null;
  readonly revision: number;
  readonly events: readonly string[];
  readonly warnings: readonly LedgerWarning[];
  readonly purchaseId?: string;
}

export interface HistoryEntry {
  readonly revision: number;
  readonly type: EventType | string;
  readonly occurredAt: string;
  readonly actor: string;
  readonly activityId: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface HistoryPage {
  readonly events: readonly HistoryEntry[];
  /** The `after` cursor of the next page; null on the last page. */
  readonly next: number | string | null;
}

export interface HistoryQuery {
  readonly accountId?: string;
  readonly type?: string;
  readonly from?: string;
  readonly to?: string;
  readonly after?: string;
  readonly limit?: number;
}

/** One tenant's row of the quota report: its quota view. */
export type TenantQuotaRow = QuotaView;

/** One row of the broken-accounts report. */
export interface BrokenAccountRow extends Partial<AccountView> {
  readonly tenantId: string;
  readonly accountId: string;
}

export interface ErrorBody {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
  readonly details?: unknown;
}
