import type { AllocationPolicy } from '../purchases/allocation-policy';
import type { AccountKind, ResourceType } from '../events/events';
import type { Sku } from '../catalogue/skus';

/**
 * Every write of SPEC §3 as a command. One command is one licence activity (R5):
 * its events are appended atomically or not at all.
 * Ids and the allocation policy come in from outside: the domain has no clock and no randomness.
 */
export interface PurchaseLicenses {
  readonly type: 'PurchaseLicenses';
  readonly purchaseId: string;
  readonly sku: Sku;
  readonly quantity: number;
  /** The service's policy setting at the time of the purchase (R2). */
  readonly policy: AllocationPolicy;
}
export interface CancelPurchase {
  readonly type: 'CancelPurchase';
  readonly purchaseId: string;
}
export interface CreateAccount {
  readonly type: 'CreateAccount';
  readonly accountId: string;
  readonly displayName: string;
  readonly kind: AccountKind;
  readonly resourceType?: ResourceType;
}
export interface DeleteAccount {
  readonly type: 'DeleteAccount';
  readonly accountId: string;
}
/**
 * Licence changes on one account in one activity: assign (`add: [sku]`), remove
 * (`remove: [sku]`), swap (`remove: [from], add: [to]`) and the general license-activities write.
 */
export interface ChangeLicenses {
  readonly type: 'ChangeLicenses';
  readonly accountId: string;
  readonly add: readonly Sku[];
  readonly remove: readonly Sku[];
}
export interface AssignPhoneNumber {
  readonly type: 'AssignPhoneNumber';
  readonly accountId: string;
  readonly phoneNumber: string;
}
export interface ReleasePhoneNumber {
  readonly type: 'ReleasePhoneNumber';
  readonly accountId: string;
}
/** R6 remedy: a new resource account with the Virtual User licence and the old one's number. */
export interface ReplaceAccount {
  readonly type: 'ReplaceAccount';
  readonly accountId: string;
  readonly newAccountId: string;
  readonly displayName?: string;
}

export type LedgerCommand =
  | PurchaseLicenses
  | CancelPurchase
  | CreateAccount
  | DeleteAccount
  | ChangeLicenses
  | AssignPhoneNumber
  | ReleasePhoneNumber
  | ReplaceAccount;

export type LedgerCommandType = LedgerCommand['type'];
