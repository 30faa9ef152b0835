import type { LedgerCommand } from '../decider/commands';
import type { ResourceType, Term } from '../events/events';
import type { Rulebook } from '../rulebooks/rulebook-names';
import type { Sku } from '../catalogue/skus';

/** Commands for specifications, with defaults a specification does not care about. */

let purchaseCounter = 0;

export function purchase(
  sku: Sku,
  quantity: number,
  options: {
    readonly purchaseId?: string;
    /** The service's default rulebook, adopted with this write by a tenant without one (R9). */
    readonly rulebook?: Rulebook;
    readonly term?: Term;
    readonly now?: string;
  } = {},
): LedgerCommand {
  purchaseCounter += 1;
  return {
    type: 'PurchaseLicenses',
    purchaseId: options.purchaseId ?? `purchase-${purchaseCounter}`,
    sku,
    quantity,
    ...(options.rulebook === undefined ? {} : { defaultRulebook: options.rulebook }),
    ...(options.term === undefined ? {} : { term: options.term }),
    ...(options.now === undefined ? {} : { now: options.now }),
  };
}

/** R9: a global admin switches the tenant to `rulebook`. */
export const adoptRulebook = (rulebook: Rulebook): LedgerCommand => ({ type: 'AdoptRulebook', rulebook });

/** R13: the scheduler's expiry of `purchaseId` at `now`. */
export const expireSubscription = (purchaseId: string, now: string): LedgerCommand => ({
  type: 'ExpireSubscription',
  purchaseId,
  now,
});

/** R13: renewal of `purchaseId` until `endsAt`, decided at `now`. */
export const renewSubscription = (purchaseId: string, endsAt: string, now: string): LedgerCommand => ({
  type: 'RenewSubscription',
  purchaseId,
  endsAt,
  now,
});

/** `seats` seats of each SKU, bought in this order (Phone System first: it allots the Virtual User seats, R2). */
export const seatsOf = (seats: number, ...skus: readonly Sku[]): LedgerCommand[] =>
  skus.map((sku) => purchase(sku, seats));

export const cancelPurchase = (purchaseId: string): LedgerCommand => ({ type: 'CancelPurchase', purchaseId });

export const createResource = (
  accountId: string,
  resourceType: ResourceType = 'auto-attendant',
  displayName = `Resource ${accountId}`,
): LedgerCommand => ({ type: 'CreateAccount', accountId, displayName, kind: 'resource', resourceType });

export const createUser = (accountId: string, displayName = `User ${accountId}`): LedgerCommand => ({
  type: 'CreateAccount',
  accountId,
  displayName,
  kind: 'user',
});

export const deleteAccount = (accountId: string): LedgerCommand => ({ type: 'DeleteAccount', accountId });

export const changeLicenses = (
  accountId: string,
  change: { readonly add?: readonly Sku[]; readonly remove?: readonly Sku[] },
): LedgerCommand => ({
  type: 'ChangeLicenses',
  accountId,
  add: change.add ?? [],
  remove: change.remove ?? [],
});

export const assign = (accountId: string, sku: Sku): LedgerCommand =>
  changeLicenses(accountId, { add: [sku] });
export const remove = (accountId: string, sku: Sku): LedgerCommand =>
  changeLicenses(accountId, { remove: [sku] });
export const swap = (accountId: string, fromSku: Sku, toSku: Sku): LedgerCommand =>
  changeLicenses(accountId, { remove: [fromSku], add: [toSku] });

export const assignNumber = (accountId: string, phoneNumber: string): LedgerCommand => ({
  type: 'AssignPhoneNumber',
  accountId,
  phoneNumber,
});

export const releaseNumber = (accountId: string): LedgerCommand => ({
  type: 'ReleasePhoneNumber',
  accountId,
});

export const replaceAccount = (
  accountId: string,
  newAccountId: string,
  displayName?: string,
): LedgerCommand =>
  displayName === undefined
    ? { type: 'ReplaceAccount', accountId, newAccountId }
    : { type: 'ReplaceAccount', accountId, newAccountId, displayName };

/** SPEC §5: a global admin's `DELETE …/personal-data`. */
export const erasePersonalData = (): LedgerCommand => ({ type: 'ErasePersonalData' });
