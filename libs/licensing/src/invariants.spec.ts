import fc from 'fast-check';
import { allocationFor, ALLOCATION_POLICIES } from './allocation-policy';
import type { LedgerCommand } from './commands';
import { decide } from './decide';
import { DOMAIN_ERROR_CODES } from './domain-error';
import { evolve } from './evolve';
import { RESOURCE_TYPES, type LedgerEventEnvelope } from './events';
import { initialTenantState } from './initial-state';
import { allocationBaseOf } from './quota';
import { isPhoneCapable, SKU_CATALOG, SKUS, VIRTUAL_USER_SKU, type Sku } from './skus';
import type { TenantState } from './tenant-state';
import { activityFacts } from './testing/given-when-then';
import { warningsOfActivity } from './warnings-of';

/**
 * Random administrators: any sequence of commands, accepted or refused, must leave the ledger
 * consistent. Small pools of ids make collisions (same account, same number, same purchase) common.
 */
const ACCOUNT_IDS = ['ada', 'bob', 'aa-1', 'cq-1'] as const;
const accountId = fc.constantFrom(...ACCOUNT_IDS);
const purchaseId = fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8');
const sku = fc.constantFrom(...SKUS);
// Mostly one SKU, as an administrator clicks; sometimes several, in any order.
const skus = fc.oneof(
  { weight: 3, arbitrary: sku.map((one) => [one]) },
  { weight: 1, arbitrary: fc.shuffledSubarray([...SKUS], { maxLength: 3 }) },
);
const phoneNumber = fc.constantFrom('+4930000001', '+4930000002', '+4930000003');
const policy = fc.constantFrom(...ALLOCATION_POLICIES);

const command: fc.Arbitrary<LedgerCommand> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('PurchaseLicenses' as const),
      purchaseId,
      sku,
      quantity: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 40 })),
      policy,
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('CancelPurchase' as const), purchaseId }) },
  {
    weight: 3,
    arbitrary: fc.oneof(
      fc.record({
        type: fc.constant('CreateAccount' as const),
        accountId,
        displayName: fc.constant('Someone'),
        kind: fc.constant('user' as const),
      }),
      fc.record({
        type: fc.constant('CreateAccount' as const),
        accountId,
        displayName: fc.constant('Something'),
        kind: fc.constant('resource' as const),
        resourceType: fc.constantFrom(...RESOURCE_TYPES),
      }),
    ),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('DeleteAccount' as const), accountId }) },
  {
    weight: 8,
    arbitrary: fc.record({
      type: fc.constant('ChangeLicenses' as const),
      accountId,
      add: fc.oneof({ weight: 3, arbitrary: skus }, { weight: 1, arbitrary: fc.constant([]) }),
      remove: fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: skus }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.constant('AssignPhoneNumber' as const), accountId, phoneNumber }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('ReleasePhoneNumber' as const), accountId }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('ReplaceAccount' as const),
      accountId,
      newAccountId: accountId,
    }),
  },
);

/** A tenant that bought a little of everything and has its accounts, so most commands have something to act on. */
const setup: fc.Arbitrary<LedgerCommand[]> = fc
  .tuple(
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 0, max: 3 }),
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 0, max: 3 }),
    fc.array(fc.constantFrom('user' as const, 'resource' as const), { minLength: 4, maxLength: 4 }),
    policy,
  )
  .map(([phoneSystem, e5, virtualUser, callingPlan, kinds, chosenPolicy]) => {
    const purchases: [Sku, number][] = [
      ['PHONE_SYSTEM', phoneSystem],
      ['E5', e5],
      [VIRTUAL_USER_SKU, virtualUser],
      ['CALLING_PLAN', callingPlan],
    ];
    return [
      ...purchases
        .filter(([, quantity]) => quantity > 0)
        .map(([bought, quantity]): LedgerCommand => ({
          type: 'PurchaseLicenses',
          purchaseId: `setup-${bought}`,
          sku: bought,
          quantity,
          policy: chosenPolicy,
        })),
      ...ACCOUNT_IDS.map((id, index): LedgerCommand =>
        kinds[index] === 'user'
          ? { type: 'CreateAccount', accountId: id, displayName: id, kind: 'user' }
          : {
              type: 'CreateAccount',
              accountId: id,
              displayName: id,
              kind: 'resource',
              resourceType: 'call-queue',
            },
      ),
    ];
  });

/** Setup, then up to 100 random commands (`size: 'max'`: long sequences are as likely as short ones). */
const sequence = fc
  .tuple(setup, fc.array(command, { minLength: 1, maxLength: 100, size: 'max' }))
  .map(([prefix, rest]) => [...prefix, ...rest]);

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
  it('hold after every accepted or refused command', () => {
    fc.assert(
      fc.property(sequence, (commands) => {
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
  });

  it('reach interesting states: accounts with licences, numbers and broken statuses happen', () => {
    // Guards the generator: if it stopped producing successful commands, the property above would prove little.
    const seen = { licensed: 0, numbered: 0, broken: 0, swapped: 0 };
    fc.assert(
      fc.property(sequence, (commands) => {
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
  });
});
