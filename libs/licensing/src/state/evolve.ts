import type {
  AccountCreated,
  LedgerEventEnvelope,
  LicenseAssigned,
  LicensePurchaseCancelled,
  LicensePurchased,
  LicenseSwapped,
  LicenseUnassigned,
  PhoneNumberAssigned,
  PhoneNumberReleased,
  PersonalDataErased,
  SubscriptionExpired,
  SubscriptionRenewed,
} from '../events/events';
import { PersistentMap } from './persistent-map';
import { ERASED } from '../personal-data/personal-fields';
import type { Sku } from '../catalogue/skus';
import {
  HEALTHY,
  statusAfterAssign,
  statusAfterSwap,
  statusAfterUnassign,
  type ActivityFacts,
} from '../split-swap/split-swap';
import type { AccountState, PurchaseState, SeatCount, TenantState } from './tenant-state';

/**
 * The state after one event. Pure and immutable: `state` is left as it was, and the result
 * shares everything the event did not touch. Accounts and purchases live in persistent maps
 * (see persistent-map.ts), so an event costs O(log accounts), not a copy of every account.
 *
 * The log is trusted as `decide` wrote it; an event about an account that is not live
 * (impossible through `decide`) is ignored rather than failing a replay.
 */
export function evolve(state: TenantState, envelope: LedgerEventEnvelope): TenantState {
  const next = evolveByType(state, envelope);
  const { type } = envelope.event;
  return next.lastEventType === type ? next : { ...next, lastEventType: type };
}

function evolveByType(state: TenantState, envelope: LedgerEventEnvelope): TenantState {
  const { event } = envelope;
  switch (event.type) {
    case 'AccountCreated':
      return accountCreated(state, event);
    case 'AccountDeleted':
      return accountDeleted(state, event.data.accountId);
    case 'LicensePurchased':
      return licensePurchased(state, event);
    case 'LicensePurchaseCancelled':
      return licensePurchaseCancelled(state, event);
    case 'LicenseAssigned':
      return licenseAssigned(state, event, envelope);
    case 'LicenseUnassigned':
      return licenseUnassigned(state, event, envelope);
    case 'LicenseSwapped':
      return licenseSwapped(state, event);
    case 'PhoneNumberAssigned':
      return phoneNumberAssigned(state, event);
    case 'PhoneNumberReleased':
      return phoneNumberReleased(state, event);
    case 'RulebookAdopted':
      // R9: governed by this rulebook from now on.
      return changed(state, { rulebook: event.data.rulebook });
    case 'SubscriptionExpired':
      return subscriptionExpired(state, event);
    case 'SubscriptionRenewed':
      return subscriptionRenewed(state, event);
    case 'PersonalDataErased':
      return personalDataErased(state, event);
    default: {
      const unknownEvent: never = event;
      throw new Error(`evolve: unknown event type ${(unknownEvent as { type: unknown }).type as string}`);
    }
  }
}

/** Folds a sequence of events, e.g. one tenant's stream. */
export function evolveAll(envelopes: Iterable<LedgerEventEnvelope>, from: TenantState): TenantState {
  let state = from;
  for (const envelope of envelopes) state = evolve(state, envelope);
  return state;
}

function accountCreated(state: TenantState, { data }: AccountCreated): TenantState {
  const account: AccountState =
    data.kind === 'resource' && data.resourceType !== undefined
      ? {
          accountId: data.accountId,
          displayName: data.displayName,
          kind: data.kind,
          resourceType: data.resourceType,
          licenses: [],
          status: HEALTHY,
        }
      : {
          accountId: data.accountId,
          displayName: data.displayName,
          kind: data.kind,
          licenses: [],
          status: HEALTHY,
        };
  return changed(state, { accounts: PersistentMap.of(state.accounts).set(data.accountId, account) });
}

function accountDeleted(state: TenantState, accountId: string): TenantState {
  const account = state.accounts.get(accountId);
  if (account === undefined) return state;
  // R7: decide releases licences before deleting; should any be left, their seats are freed here.
  let seats = state.seats;
  for (const sku of account.licenses) seats = withAssigned(seats, sku, -1);
  return changed(state, {
    seats,
    accounts: PersistentMap.of(state.accounts).delete(accountId),
    phoneNumberHolders: withoutNumber(state.phoneNumberHolders, account),
  });
}

function licensePurchased(state: TenantState, { data }: LicensePurchased): TenantState {
  const seat = state.seats[data.sku];
  const purchase: PurchaseState = {
    purchaseId: data.purchaseId,
    sku: data.sku,
    quantity: data.quantity,
    freeQuantity: data.freeQuantity,
    paidQuantity: data.paidQuantity,
    ...(data.term === undefined ? {} : { term: { endsAt: data.term.endsAt, trial: data.term.trial } }),
  };
  return changed(state, {
    purchases: PersistentMap.of(state.purchases).set(data.purchaseId, purchase),
    seats: withSeat(state.seats, data.sku, {
      purchased: seat.purchased + data.quantity,
      assigned: seat.assigned,
    }),
    freeVirtualUserSeats: state.freeVirtualUserSeats + data.freeQuantity,
    // R9: a purchase is judged under the rulebook in force, so for events decide wrote this changes
    // nothing; a purchase written before RulebookAdopted existed (upcast from v1) adopts the
    // rulebook of its policy here, as the latest purchase's policy governed then.
    rulebook: data.rulebook,
  });
}

function licensePurchaseCancelled(state: TenantState, { data }: LicensePurchaseCancelled): TenantState {
  const purchase = state.purchases.get(data.purchaseId);
  if (purchase === undefined) return state;
  return changed(withoutLivePurchase(state, purchase), {
    cancelledPurchases: PersistentMap.of(state.cancelledPurchases).set(data.purchaseId, purchase),
  });
}

/** R13: expired seats stop counting, for N and as held seats; assignments stay where they are. */
function subscriptionExpired(state: TenantState, { data }: SubscriptionExpired): TenantState {
  const purchase = state.purchases.get(data.purchaseId);
  if (purchase === undefined) return state;
  return changed(withoutLivePurchase(state, purchase), {
    expiredPurchases: PersistentMap.of(state.expiredPurchases).set(data.purchaseId, purchase),
  });
}

function subscriptionRenewed(state: TenantState, { data }: SubscriptionRenewed): TenantState {
  const purchase = state.purchases.get(data.purchaseId);
  if (purchase?.term === undefined) return state;
  return changed(state, {
    purchases: PersistentMap.of(state.purchases).set(data.purchaseId, {
      ...purchase,
      term: { endsAt: data.endsAt, trial: purchase.term.trial },
    }),
  });
}

/** The state once `purchase` no longer counts: its seats leave `purchased` (R4, R13). */
function withoutLivePurchase(state: TenantState, purchase: PurchaseState): TenantState {
  const seat = state.seats[purchase.sku];
  return changed(state, {
    purchases: PersistentMap.of(state.purchases).delete(purchase.purchaseId),
    seats: withSeat(state.seats, purchase.sku, {
      purchased: seat.purchased - purchase.quantity,
      assigned: seat.assigned,
    }),
    freeVirtualUserSeats: state.freeVirtualUserSeats - purchase.freeQuantity,
  });
}

function licenseAssigned(
  state: TenantState,
  { data }: LicenseAssigned,
  activity: ActivityFacts,
): TenantState {
  const account = state.accounts.get(data.accountId);
  if (account === undefined) return state;
  return withAccount(state, withAssigned(state.seats, data.sku, +1), {
    ...account,
    licenses: [...account.licenses, data.sku],
    status: statusAfterAssign(account, data.sku, activity),
  });
}

function licenseUnassigned(
  state: TenantState,
  { data }: LicenseUnassigned,
  activity: ActivityFacts,
): TenantState {
  const account = state.accounts.get(data.accountId);
  if (account === undefined || !account.licenses.includes(data.sku)) return state;
  const licenses = account.licenses.filter((held) => held !== data.sku);
  return withAccount(state, withAssigned(state.seats, data.sku, -1), {
    ...account,
    licenses,
    status: statusAfterUnassign(account, data.sku, data.reason, licenses, activity),
  });
}

function licenseSwapped(state: TenantState, { data }: LicenseSwapped): TenantState {
  const account = state.accounts.get(data.accountId);
  if (account === undefined || !account.licenses.includes(data.fromSku)) return state;
  const seats = withAssigned(withAssigned(state.seats, data.fromSku, -1), data.toSku, +1);
  return withAccount(state, seats, {
    ...account,
    // The new licence takes the old one's place.
    licenses: account.licenses.map((held) => (held === data.fromSku ? data.toSku : held)),
    status: statusAfterSwap(account),
  });
}

function phoneNumberAssigned(state: TenantState, { data }: PhoneNumberAssigned): TenantState {
  const account = state.accounts.get(data.accountId);
  if (account === undefined) return state;
  const holders = PersistentMap.of(withoutNumber(state.phoneNumberHolders, account));
  return changed(state, {
    accounts: PersistentMap.of(state.accounts).set(account.accountId, {
      ...account,
      phoneNumber: data.phoneNumber,
    }),
    // An erased number (SPEC §5) is no number anyone can hold: it holds nothing.
    phoneNumberHolders: data.phoneNumber === ERASED ? holders : holders.set(data.phoneNumber, data.accountId),
  });
}

/**
 * SPEC §5: every display name and number recorded so far reads as erased. A state folded before
 * the erasure (a cache) then holds no more of them than one folded from the log afterwards, whose
 * events read as erased. The numbers' holders go: which account held an erased number is no
 * longer known, so a number erased here can be given to another account.
 */
function personalDataErased(state: TenantState, _event: PersonalDataErased): TenantState {
  let accounts = PersistentMap.of(state.accounts);
  for (const account of state.accounts.values()) {
    accounts = accounts.set(
      account.accountId,
      account.phoneNumber === undefined
        ? { ...account, displayName: ERASED }
        : { ...account, displayName: ERASED, phoneNumber: ERASED },
    );
  }
  return changed(state, { accounts, phoneNumberHolders: PersistentMap.empty<string>() });
}

function phoneNumberReleased(state: TenantState, { data }: PhoneNumberReleased): TenantState {
  const account = state.accounts.get(data.accountId);
  if (account === undefined || account.phoneNumber === undefined) return state;
  const { phoneNumber: _released, ...rest } = account;
  return changed(state, {
    accounts: PersistentMap.of(state.accounts).set(account.accountId, rest),
    phoneNumberHolders: withoutNumber(state.phoneNumberHolders, account),
  });
}

/** The holders without the number `account` has, if it is still that account's. */
function withoutNumber(
  holders: TenantState['phoneNumberHolders'],
  account: AccountState,
): TenantState['phoneNumberHolders'] {
  const { phoneNumber, accountId } = account;
  if (phoneNumber === undefined || holders.get(phoneNumber) !== accountId) return holders;
  return PersistentMap.of(holders).delete(phoneNumber);
}

/**
 * `state` with `changes`. Built field by field rather than with a spread: this runs once per
 * event, and an object literal of known shape is several times cheaper than spreading.
 */
function changed(state: TenantState, changes: Partial<TenantState>): TenantState {
  return {
    accounts: changes.accounts ?? state.accounts,
    purchases: changes.purchases ?? state.purchases,
    cancelledPurchases: changes.cancelledPurchases ?? state.cancelledPurchases,
    expiredPurchases: changes.expiredPurchases ?? state.expiredPurchases,
    phoneNumberHolders: changes.phoneNumberHolders ?? state.phoneNumberHolders,
    seats: changes.seats ?? state.seats,
    freeVirtualUserSeats: changes.freeVirtualUserSeats ?? state.freeVirtualUserSeats,
    rulebook: changes.rulebook === undefined ? state.rulebook : changes.rulebook,
    lastEventType: state.lastEventType,
  };
}

function withAccount(state: TenantState, seats: TenantState['seats'], account: AccountState): TenantState {
  return changed(state, {
    seats,
    accounts: PersistentMap.of(state.accounts).set(account.accountId, account),
  });
}

function withSeat(seats: TenantState['seats'], sku: Sku, seat: SeatCount): TenantState['seats'] {
  // Copy, then assign: a computed key inside a spread literal is markedly slower.
  const copy: Record<Sku, SeatCount> = { ...seats };
  copy[sku] = seat;
  return copy;
}

function withAssigned(seats: TenantState['seats'], sku: Sku, delta: number): TenantState['seats'] {
  const seat = seats[sku];
  return withSeat(seats, sku, { purchased: seat.purchased, assigned: seat.assigned + delta });
}
