import fc from 'fast-check';
import { decodeLedgerEvent, UndecodableEventError } from './stored-event';
import { licensePurchasedV1ToV2, type LicensePurchasedV1 } from './upcasters';
import { SCHEMA_VERSIONS } from './schema-versions';
import type { LedgerEvent, LedgerEventEnvelope } from './events';
import { evolveAll } from '../state/evolve';
import { initialTenantState } from '../state/initial-state';
import { quotaOf } from '../purchases/quota';
import { ALLOCATION_POLICIES, allocationFor } from '../purchases/allocation-policy';
import { SKUS } from '../catalogue/skus';
import { rulebookOfPolicy } from '../rulebooks/rulebooks';
import { activityFacts } from '../testing/given-when-then';
import { PROPERTY_TIMEOUT_MS } from '../testing/property-timeout';

const metadata = (schemaVersion: number, n = 1) => ({
  tenantId: 't',
  commandId: 'c',
  actor: 'a',
  correlationId: 'k',
  schemaVersion,
  ...activityFacts(n),
});

const v1Purchase = (overrides: Partial<LicensePurchasedV1> = {}): LicensePurchasedV1 => ({
  purchaseId: 'p-1',
  sku: 'PHONE_SYSTEM',
  quantity: 600,
  unitPrice: 8,
  currency: 'USD',
  policy: 'seed',
  allocationAfter: 624,
  ...overrides,
});

/** A stored v1 log folded the way every reader folds it: decoded (upcast) at the edge, then evolved. */
function foldStored(stored: readonly { type: string; data: unknown; version: number }[]) {
  const envelopes: LedgerEventEnvelope[] = stored.map(({ type, data, version }, index) => {
    const { event, metadata: meta } = decodeLedgerEvent({
      type,
      data,
      metadata: metadata(version, index + 1),
    });
    return { event, activityId: meta.activityId, occurredAt: meta.occurredAt };
  });
  return evolveAll(envelopes, initialTenantState());
}

describe('R9 Upcasting: logs written before rulebooks', () => {
  it('writes LicensePurchased as version 2 and every other event as version 1', () => {
    expect(SCHEMA_VERSIONS.LicensePurchased).toBe(2);
    expect(SCHEMA_VERSIONS.AccountCreated).toBe(1);
  });

  it('decodes a v1 purchase as v2: the rulebook of its policy, Resource Account seats free, others paid', () => {
    const decoded = decodeLedgerEvent({
      type: 'LicensePurchased',
      data: v1Purchase(),
      metadata: metadata(1),
    });
    expect(decoded.event.data).toEqual({
      ...v1Purchase(),
      rulebook: '2019',
      freeQuantity: 0,
      paidQuantity: 600,
    });
    const free = decodeLedgerEvent({
      type: 'LicensePurchased',
      data: v1Purchase({ sku: 'PHONE_SYSTEM_VIRTUAL_USER', quantity: 85, unitPrice: 0, policy: 'per-ten' }),
      metadata: metadata(1),
    });
    expect(free.event.data).toMatchObject({ rulebook: '2020', freeQuantity: 85, paidQuantity: 0 });
    // The stored metadata is handed back as stored: the version says what was written.
    expect(free.metadata.schemaVersion).toBe(1);
  });

  it('decodes a v2 purchase as it is, and refuses a newer version than this build reads (the projections park it)', () => {
    const v2 = licensePurchasedV1ToV2(v1Purchase());
    expect(
      decodeLedgerEvent({ type: 'LicensePurchased', data: v2, metadata: metadata(2) }).event.data,
    ).toEqual(v2);
    expect(() => decodeLedgerEvent({ type: 'LicensePurchased', data: v2, metadata: metadata(3) })).toThrow(
      UndecodableEventError,
    );
    expect(() =>
      decodeLedgerEvent({ type: 'AccountDeleted', data: { accountId: 'a' }, metadata: metadata(2) }),
    ).toThrow(/reads versions 1 to 1/);
    expect(() => decodeLedgerEvent({ type: 'LicenseTeleported', data: {}, metadata: metadata(1) })).toThrow(
      UndecodableEventError,
    );
  });

  it('reads a log written before RulebookAdopted as if the tenant adopted, at its first purchase, the rulebook of its policy', () => {
    const state = foldStored([
      { type: 'AccountCreated', data: { accountId: 'ada', displayName: 'Ada', kind: 'user' }, version: 1 },
      { type: 'LicensePurchased', data: v1Purchase(), version: 1 },
      {
        type: 'LicensePurchased',
        data: v1Purchase({ purchaseId: 'p-2', sku: 'PHONE_SYSTEM_VIRTUAL_USER', quantity: 30, unitPrice: 0 }),
        version: 1,
      },
    ]);
    expect(state.rulebook).toBe('2019');
    // The same figures as the release that wrote it: policy seed, A(600) = 624.
    expect(quotaOf(state)).toMatchObject({
      rulebook: '2019',
      policy: 'seed',
      virtualUser: { allocation: 624, purchased: 30, free: { held: 30 }, paid: { held: 0 } },
      overAllocated: false,
    });
  });

  it('keeps the figures of a log whose purchases changed policy: the latest purchase’s policy governs, as it did', () => {
    const state = foldStored([
      { type: 'LicensePurchased', data: v1Purchase(), version: 1 },
      {
        type: 'LicensePurchased',
        data: v1Purchase({
          purchaseId: 'p-2',
          sku: 'CALLING_PLAN',
          quantity: 1,
          unitPrice: 12,
          policy: 'per-ten',
          allocationAfter: 85,
        }),
        version: 1,
      },
    ]);
    expect(quotaOf(state)).toMatchObject({
      rulebook: '2020',
      policy: 'per-ten',
      virtualUser: { allocation: 85 },
    });
  });

  it(
    'upcast(v1) then evolve equals evolve of the equivalent v2 events (the rulebook adopted, then the v2 purchase)',
    () => {
      const v1 = fc
        .record({
          sku: fc.constantFrom(...SKUS.slice(0, 4)),
          quantity: fc.integer({ min: 1, max: 1000 }),
          policy: fc.constantFrom(...ALLOCATION_POLICIES),
        })
        .map(({ sku, quantity, policy }) =>
          v1Purchase({
            sku,
            quantity,
            policy,
            unitPrice: 0,
            allocationAfter: allocationFor(policy, quantity),
          }),
        );
      fc.assert(
        fc.property(fc.array(v1, { minLength: 1, maxLength: 5 }), (purchases) => {
          const stored = purchases.map((data, index) => ({
            type: 'LicensePurchased',
            data: { ...data, purchaseId: `p-${index}` },
            version: 1,
          }));
          const upcast = foldStored(stored);
          // The equivalent log written today: each change of rulebook adopted, then the v2 purchase.
          const today: LedgerEvent[] = [];
          let rulebook: string | null = null;
          for (const { data } of stored) {
            const v2 = licensePurchasedV1ToV2(data);
            if (v2.rulebook !== rulebook) {
              today.push({
                type: 'RulebookAdopted',
                data: { rulebook: v2.rulebook, previous: rulebook as typeof v2.rulebook | null },
              });
              rulebook = v2.rulebook;
            }
            today.push({ type: 'LicensePurchased', data: v2 });
          }
          const written = evolveAll(
            today.map((event, index) => ({ event, ...activityFacts(index + 1) })),
            initialTenantState(),
          );
          expect(quotaOf(upcast)).toEqual(quotaOf(written));
          expect([...upcast.purchases.entries()]).toEqual([...written.purchases.entries()]);
          expect(upcast.rulebook).toBe(rulebookOfPolicy(purchases[purchases.length - 1]!.policy));
          expect(upcast.seats).toEqual(written.seats);
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
