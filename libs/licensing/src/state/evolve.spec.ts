import { evolve, evolveAll } from './evolve';
import type { LedgerEvent } from '../events/events';
import { initialTenantState } from './initial-state';
import { SKUS } from '../catalogue/skus';
import { activityFacts, given } from '../testing/given-when-then';
import {
  assign,
  assignNumber,
  createResource,
  createUser,
  deleteAccount,
  purchase,
  releaseNumber,
  swap,
} from '../testing/command-builders';

const at = (event: LedgerEvent) => ({ event, ...activityFacts(1) });

describe('initialTenantState', () => {
  it('has no accounts, no purchases, every SKU at 0/0 and no rulebook', () => {
    const state = initialTenantState();
    expect(state.accounts.size).toBe(0);
    expect(state.purchases.size).toBe(0);
    expect(state.rulebook).toBeNull();
    expect(state.freeVirtualUserSeats).toBe(0);
    for (const sku of SKUS) expect(state.seats[sku]).toEqual({ purchased: 0, assigned: 0 });
  });
});

describe('evolve', () => {
  const tenant = given(
    purchase('PHONE_SYSTEM', 2, { purchaseId: 'ps' }),
    purchase('PHONE_SYSTEM_VIRTUAL_USER', 1),
    createResource('aa'),
    createUser('ada'),
    assign('aa', 'PHONE_SYSTEM'),
  );

  it('leaves the state it was given untouched and shares what the event did not change', () => {
    const before = tenant.state;
    const snapshot = {
      accounts: [...before.accounts.entries()].map(([id, account]) => [id, structuredClone(account)]),
      purchases: [...before.purchases.entries()],
      seats: structuredClone(before.seats),
      rulebook: before.rulebook,
    };
    const ada = before.accounts.get('ada');

    const after = tenant.when(swap('aa', 'PHONE_SYSTEM', 'PHONE_SYSTEM_VIRTUAL_USER')).afterwards().state;

    expect({
      accounts: [...before.accounts.entries()],
      purchases: [...before.purchases.entries()],
      seats: before.seats,
      rulebook: before.rulebook,
    }).toEqual(snapshot);
    expect(after).not.toBe(before);
    expect(after.accounts.get('ada')).toBe(ada);
    expect(after.purchases).toBe(before.purchases);
  });

  it('counts seats on purchase, assignment, swap and cancellation', () => {
    const swapped = tenant.and(swap('aa', 'PHONE_SYSTEM', 'PHONE_SYSTEM_VIRTUAL_USER')).state;
    expect(swapped.seats.PHONE_SYSTEM).toEqual({ purchased: 2, assigned: 0 });
    expect(swapped.seats.PHONE_SYSTEM_VIRTUAL_USER).toEqual({ purchased: 1, assigned: 1 });
    const cancelled = evolve(
      swapped,
      at({ type: 'LicensePurchaseCancelled', data: { purchaseId: 'ps', sku: 'PHONE_SYSTEM', quantity: 2 } }),
    );
    expect(cancelled.seats.PHONE_SYSTEM).toEqual({ purchased: 0, assigned: 0 });
  });

  it('R9: keeps the rulebook of the latest adoption', () => {
    const state = tenant.and({ type: 'AdoptRulebook', rulebook: 'current' }).state;
    expect(state.rulebook).toBe('current');
  });

  it('keeps a changed account in its place, and a swapped-in licence in the old one’s place', () => {
    const state = tenant.and(
      purchase('CALLING_PLAN', 1),
      assign('aa', 'CALLING_PLAN'),
      swap('aa', 'PHONE_SYSTEM', 'PHONE_SYSTEM_VIRTUAL_USER'),
    ).state;
    expect(state.accounts.get('aa')?.licenses).toEqual(['PHONE_SYSTEM_VIRTUAL_USER', 'CALLING_PLAN']);
    expect([...state.accounts.keys()]).toEqual(['aa', 'ada']);
  });

  it('indexes phone numbers by the live account holding them', () => {
    const numbered = tenant.and(assignNumber('aa', '+4930111111'));
    expect(numbered.state.phoneNumberHolders.get('+4930111111')).toBe('aa');
    const moved = numbered.and(assignNumber('aa', '+4930222222'));
    expect([...moved.state.phoneNumberHolders.entries()]).toEqual([['+4930222222', 'aa']]);
    expect(moved.and(releaseNumber('aa')).state.phoneNumberHolders.size).toBe(0);
    expect(moved.and(deleteAccount('aa')).state.phoneNumberHolders.size).toBe(0);
  });

  it('frees the seats of licences still held when an account is deleted (R7)', () => {
    const state = evolve(tenant.state, at({ type: 'AccountDeleted', data: { accountId: 'aa' } }));
    expect(state.seats.PHONE_SYSTEM).toEqual({ purchased: 2, assigned: 0 });
  });

  it('ignores events about accounts that are not live instead of failing a replay', () => {
    const state = evolve(
      tenant.state,
      at({ type: 'LicenseAssigned', data: { accountId: 'ghost', sku: 'E5' } }),
    );
    expect(state).toBe(tenant.state);
  });

  it('refuses an event type it does not know', () => {
    const unknown = { type: 'LicenseTeleported', data: {} } as unknown as LedgerEvent;
    expect(() => evolve(tenant.state, at(unknown))).toThrow(/unknown event type LicenseTeleported/);
  });

  it('folds a stream with evolveAll', () => {
    expect(evolveAll(tenant.history, initialTenantState())).toEqual(tenant.state);
  });

  it('accepts a state built with plain maps', () => {
    const plain = { ...initialTenantState(), accounts: new Map(), purchases: new Map() };
    const state = evolve(
      plain,
      at({ type: 'AccountCreated', data: { accountId: 'u', displayName: 'U', kind: 'user' } }),
    );
    expect(state.accounts.get('u')?.kind).toBe('user');
    expect(plain.accounts.size).toBe(0);
  });
});
