import type { AllocationPolicy } from '../purchases/allocation-policy';
import type { AccountKind, ResourceType } from '../events/events';
import type { Sku } from '../catalogue/skus';

/** R6: where a resource account stands with respect to split swaps. */
export type AccountStatus =
  | { readonly status: 'healthy' }
  | {
      readonly status: 'at-risk';
      /** The activity that left the account without a phone-capable licence. */
      readonly removedInActivity: string;
      readonly since: string;
    }
  | {
      readonly status: 'broken';
      readonly brokenBy: {
        readonly removedInActivity: string;
        readonly assignedInActivity: string;
        /** When the later, separate assignment happened. */
        readonly at: string;
      };
    };

export interface AccountState {
  readonly accountId: string;
  readonly displayName: string;
  readonly kind: AccountKind;
  readonly resourceType?: ResourceType;
  /** In assignment order. */
  readonly licenses: readonly Sku[];
  readonly phoneNumber?: string;
  readonly status: AccountStatus;
}

export interface PurchaseState {
  readonly purchaseId: string;
  readonly sku: Sku;
  readonly quantity: number;
}

export interface SeatCount {
  readonly purchased: number;
  readonly assigned: number;
}

/** One tenant's write model: everything `decide` needs, folded from the tenant's stream. */
export interface TenantState {
  /** Live accounts only; a deleted account is gone (R7). */
  readonly accounts: ReadonlyMap<string, AccountState>;
  /** Purchases not cancelled. */
  readonly purchases: ReadonlyMap<string, PurchaseState>;
  /** Cancelled purchases: their ids stay taken, and cancelling one again is NOT_FOUND. */
  readonly cancelledPurchases: ReadonlyMap<string, PurchaseState>;
  /** Phone number → the live account holding it; a number is on one account at most. */
  readonly phoneNumberHolders: ReadonlyMap<string, string>;
  readonly seats: Readonly<Record<Sku, SeatCount>>;
  /** The policy recorded on the latest purchase; null before any purchase (R2). */
  readonly policy: AllocationPolicy | null;
}
