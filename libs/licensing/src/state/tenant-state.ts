import type { AccountKind, LedgerEventType, ResourceType, Term } from '../events/events';
import type { Rulebook } from '../rulebooks/rulebook-names';
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
  /** R10: seats within the free allocation (Resource Account seats only). */
  readonly freeQuantity: number;
  /** R10: seats bought at the list price. */
  readonly paidQuantity: number;
  /** R13: when the subscription ends, if it does. */
  readonly term?: Term;
}

export interface SeatCount {
  readonly purchased: number;
  readonly assigned: number;
}

/** One tenant's write model: everything `decide` needs, folded from the tenant's stream. */
export interface TenantState {
  /** Live accounts only; a deleted account is gone (R7). */
  readonly accounts: ReadonlyMap<string, AccountState>;
  /** Purchases neither cancelled nor expired: their seats count (R4, R13). */
  readonly purchases: ReadonlyMap<string, PurchaseState>;
  /** Cancelled purchases: their ids stay taken, and cancelling one again is NOT_FOUND. */
  readonly cancelledPurchases: ReadonlyMap<string, PurchaseState>;
  /** R13: purchases whose term ended; their ids stay taken, renewing one is SUBSCRIPTION_EXPIRED. */
  readonly expiredPurchases: ReadonlyMap<string, PurchaseState>;
  /** Phone number → the live account holding it; a number is on one account at most. */
  readonly phoneNumberHolders: ReadonlyMap<string, string>;
  /** Per SKU: seats of live purchases (`purchased`) and seats assigned; assigned may exceed purchased after an expiry (R13). */
  readonly seats: Readonly<Record<Sku, SeatCount>>;
  /** R10: the free Resource Account seats among `seats.PHONE_SYSTEM_VIRTUAL_USER.purchased`. */
  readonly freeVirtualUserSeats: number;
  /** R9: the rulebook in force; null until the tenant adopts one. */
  readonly rulebook: Rulebook | null;
  /**
   * The type of the tenant's newest event; null before its first. SPEC §5: an erasure right
   * after another has nothing to erase, and a tenant with no events has nothing at all.
   */
  readonly lastEventType: LedgerEventType | null;
}
