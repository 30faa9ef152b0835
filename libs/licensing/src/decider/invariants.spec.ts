import fc from 'fast-check';
import { allocationFor } from '../purchases/allocation-policy';
import { decide } from './decider';
import { DOMAIN_ERROR_CODES } from './domain-error';
import { evolve } from '../state/evolve';
import type { LedgerEventEnvelope } from '../events/events';
import { initialTenantState } from '../state/initial-state';
import { allocationBaseOf } from '../purchases/quota';
import { isPhoneCapable, SKU_CATALOG, SKUS, VIRTUAL_USER_SKU } from '../catalogue/skus';
import type { TenantState } from '../state/tenant-state';
import { activityFacts } from '../testing/given-when-then';
import { commandSequence } from '../testing/command-arbitraries';
import { warningsOfActivity } from '../split-swap/warnings-of';
import { PROPERTY_TIMEOUT_MS } from '../testing/property-timeout';

function snapshot(state: TenantState): string {
  return JSON.stringify({
    accounts: [...state.accounts.entries()],
    purchases: [...state.purchases.entries()],
    cancelled: [...state.cancelledPurchases.entries()],
    holders: [...state.phoneNumberHolders.entries()],
    seats: state.seats,
    policy: state.policy,
  });
}

/** What is wrong with the state, if anything (plain checks: this runs thousands of times). */
function violationsOf(state: TenantState): string[] {
  const violations: string[] = [];
  const accounts = [...state.accounts.values()];
  for (const skuOf of SKUS) {
    const { purchased, assigned } = state.seats[skuOf];
    // R4: every assigned seat is a purchased one.
    if (!(0 <= assigned && assigned <= purchased))
      violations.push(`${skuOf}: ${assigned} assigned of ${purchased}`);
    const holders = accounts.filter((account) => account.licenses.includes(skuOf)).length;
    if (assigned !== holders) violations.push(`${skuOf}: ${assigned} assigned but ${holders} holders`);
    const bought = [...state.purchases.values()]
      .filter((p) => p.sku === skuOf)
      .reduce((n, p) => n + p.quantity, 0);
    if (purchased !== bought)
      violations.push(`${skuOf}: ${purchased} purchased but purchases sum to ${bought}`);
  }
  const numbers = accounts.flatMap((account) =>
    account.phoneNumber === undefined ? [] : [account.phoneNumber],
  );
  if (new Set(numbers).size !== numbers.length)
    violations.push(`a phone number on two accounts: ${numbers.join()}`);
  const indexed = [...state.phoneNumberHolders.entries()]
    .map(([number, holder]) => `${number}@${holder}`)
    .sort();
  const held = accounts
    .flatMap((a) => (a.phoneNumber === undefined ? [] : [`${a.phoneNumber}@${a.accountId}`]))
    .sort();
  if (indexed.join() !== held.join())
    violations.push(`phone number index ${indexed.join()} ≠ ${held.join()}`);
  for (const { accountId, kind, licenses, status } of accounts) {
    // R4: no SKU twice, at most one phone-capable licence, the Virtual User licence on resource accounts only.
    if (new Set(licenses).size !== licenses.length) violations.push(`${accountId} holds a SKU twice`);
    if (licenses.filter(isPhoneCapable).length > 1) violations.push(`${accountId} holds ${licenses.join()}`);
    if (kind === 'user' && licenses.some((held) => SKU_CATALOG[held].resourceAccountsOnly)) {
      violations.push(`user ${accountId} holds ${licenses.join()}`);
    }
    if (kind === 'user' && status.status !== 'healthy')
      violations.push(`user ${accountId} is ${status.status}`);
    // R6: broken takes two different activities.
    if (
      status.status === 'broken' &&
      status.brokenBy.assignedInActivity === status.brokenBy.removedInActivity
    ) {
      violations.push(`${accountId} broken within one activity`);
    }
  }
  return violations;
}

describe('Invariants under random command sequences (R2, R3, R4, R5, R8)', () => {
  it(
    'hold after every accepted or refused command',
    () => {
      fc.assert(
        fc.property(commandSequence, (commands) => {
          let state = initialTenantState();
          commands.forEach((cmd, index) => {
            const problems: string[] = [];
            const before = snapshot(state);
            const result = decide(cmd, state);
            if (snapshot(state) !== before) problems.push('decide changed the state it was given');
            if (!result.ok) {
              if (!DOMAIN_ERROR_CODES.includes(result.error.code))
                problems.push(`unknown code ${result.error.code}`);
              expect(problems).toEqual([]);
              return;
            }
            for (const event of result.events) {
              if (event.type !== 'LicensePurchased') continue;
              const { sku: bought, quantity, policy: used, allocationAfter } = event.data;
              const n = allocationBaseOf(state);
              // R3: Virtual User seats purchased never exceed the allocation at the time of the purchase.
              const virtualUsers = state.seats[VIRTUAL_USER_SKU].purchased + quantity;
              if (bought === VIRTUAL_USER_SKU && virtualUsers > allocationFor(used, n)) {
                problems.push(`${virtualUsers} Virtual User seats for A(${n}) = ${allocationFor(used, n)}`);
              }
              const nAfter = n + (SKU_CATALOG[bought].countsForAllocation ? quantity : 0);
              if (allocationAfter !== allocationFor(used, nAfter))
                problems.push(`allocationAfter ${allocationAfter}`);
            }
            // R5: one activity, one append; replaying it gives the same warnings.
            const envelopes: LedgerEventEnvelope[] = result.events.map((event) => ({
              event,
              ...activityFacts(index + 1),
            }));
            if (JSON.stringify(warningsOfActivity(envelopes, state)) !== JSON.stringify(result.warnings)) {
              problems.push('replayed warnings differ');
            }
            const next = envelopes.reduce(evolve, state);
            if (snapshot(state) !== before) problems.push('evolve changed the state it was given');
            state = next;
            problems.push(...violationsOf(state));
            expect(problems).toEqual([]);
          });
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'reach interesting states: accounts with licences, numbers and broken statuses happen',
    () => {
      // Guards the generator: if it stopped producing successful commands, the property above would prove little.
      const seen = { licensed: 0, numbered: 0, broken: 0, swapped: 0 };
      fc.assert(
        fc.property(commandSequence, (commands) => {
          let state = initialTenantState();
          commands.forEach((cmd, index) => {
            const result = decide(cmd, state);
            if (!result.ok) return;
            if (result.events.some((event) => event.type === 'LicenseSwapped')) seen.swapped += 1;
            state = result.events
              .map((event) => ({ event, ...activityFacts(index + 1) }))
              .reduce(evolve, state);
          });
          for (const account of state.accounts.values()) {
            if (account.licenses.length > 0) seen.licensed += 1;
            if (account.phoneNumber !== undefined) seen.numbered += 1;
            if (account.status.status === 'broken') seen.broken += 1;
          }
        }),
        { numRuns: 200 },
      );
      expect(seen.licensed).toBeGreaterThan(0);
      expect(seen.numbered).toBeGreaterThan(0);
      expect(seen.broken).toBeGreaterThan(0);
      expect(seen.swapped).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT_MS,
  );
});
