import fc from 'fast-check';
import { RULEBOOKS } from '../rulebooks/rulebook-names';
import type { LedgerCommand } from '../decider/commands';
import { RESOURCE_TYPES } from '../events/events';
import { SKUS, VIRTUAL_USER_SKU, type Sku } from '../catalogue/skus';

/**
 * Random administrators: any sequence of commands, accepted or refused, must leave the ledger
 * consistent. Small pools of ids make collisions (same account, same number, same purchase) common.
 */
export const ACCOUNT_IDS = ['ada', 'bob', 'aa-1', 'cq-1'] as const;
const accountId = fc.constantFrom(...ACCOUNT_IDS);
const purchaseId = fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8');
// The SKUs of SPEC §1 mostly: they are the ones split swaps, numbers and the allocation play on.
const sku = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SKUS.slice(0, 4)) },
  { weight: 1, arbitrary: fc.constantFrom(...SKUS.slice(4)) },
);
// Mostly one SKU, as an administrator clicks; sometimes several, in any order.
const skus = fc.oneof(
  { weight: 3, arbitrary: sku.map((one) => [one]) },
  { weight: 1, arbitrary: fc.shuffledSubarray([...SKUS], { maxLength: 3 }) },
);
const phoneNumber = fc.constantFrom('+4930000001', '+4930000002', '+4930000003');
const rulebook = fc.constantFrom(...RULEBOOKS);

export const command: fc.Arbitrary<LedgerCommand> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('PurchaseLicenses' as const),
      purchaseId,
      sku,
      quantity: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 40 })),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('CancelPurchase' as const), purchaseId }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('AdoptRulebook' as const), rulebook }) },
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
export const setup: fc.Arbitrary<LedgerCommand[]> = fc
  .tuple(
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 0, max: 3 }),
    fc.integer({ min: 1, max: 4 }),
    fc.integer({ min: 0, max: 3 }),
    fc.array(fc.constantFrom('user' as const, 'resource' as const), { minLength: 4, maxLength: 4 }),
    rulebook,
  )
  .map(([phoneSystem, e5, virtualUser, callingPlan, kinds, chosenRulebook]) => {
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
          defaultRulebook: chosenRulebook,
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

/**
 * Setup, then up to `maxCommands` random commands (`size: 'max'`: long sequences are as likely as
 * short ones). The bound is the work of one run: a property's cost is its runs times this.
 */
export function commandSequenceOf(maxCommands: number): fc.Arbitrary<LedgerCommand[]> {
  return fc
    .tuple(setup, fc.array(command, { minLength: 1, maxLength: maxCommands, size: 'max' }))
    .map(([prefix, rest]) => [...prefix, ...rest]);
}

/** Setup, then up to 100 random commands: the domain's own properties, pure and fast. */
export const commandSequence = commandSequenceOf(100);
