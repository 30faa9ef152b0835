import {
  APPEND_SIZE_BUDGET,
  appendSizeOf,
  EmbeddedEventStore,
  type EventStore,
  type RecordedEvent,
} from '@ledger/event-store';
import {
  allocationBaseOf,
  allocationFor,
  decodeLedgerEvent,
  evolve,
  initialTenantState,
  LEDGER_EVENT_TYPES,
  complianceOf,
  quotaOf,
  SKUS,
  TENANT_STREAM_PREFIX,
  tenantIdOfStream,
  type TenantState,
} from '@ledger/licensing';
import { DEMO_DEFAULTS, type DemoOptions } from './demo-options';
import { type DemoSummary, writeDemoLedger } from './write-demo-ledger';

// Each case writes a bounded data set (at most 20,000 events); the timeout is headroom for a loaded
// machine, not a measure of speed.
jest.setTimeout(60_000);

const OPTIONS: DemoOptions = {
  ...DEMO_DEFAULTS,
  tenants: 15,
  events: 4_000,
  until: new Date('2026-06-01T00:00:00.000Z'),
};

async function demoLog(
  options: DemoOptions,
): Promise<{ events: RecordedEvent[]; refused: number; summary: DemoSummary }> {
  const store = EmbeddedEventStore.open(':memory:');
  try {
    const summary = await writeDemoLedger(store, options);
    const events: RecordedEvent[] = [];
    for await (const event of store.readAll({ filter: { streamPrefix: TENANT_STREAM_PREFIX } }))
      events.push(event);
    expect(events).toHaveLength(summary.events);
    return { events, refused: summary.refused, summary };
  } finally {
    await store.close();
  }
}

/**
 * Every tenant folded from the log, checking R2/R3 on every purchase on the way; with the swaps
 * to the Resource Account licence under current (R12's remedy, in one activity).
 */
function foldChecking(events: readonly RecordedEvent[]): {
  tenants: Map<string, TenantState>;
  swapsOffFullLicenseUnderCurrent: number;
} {
  const tenants = new Map<string, TenantState>();
  let swapsOffFullLicenseUnderCurrent = 0;
  for (const recorded of events) {
    const tenantId = tenantIdOfStream(recorded.streamName) as string;
    const { event, metadata } = decodeLedgerEvent(recorded);
    const before = tenants.get(tenantId) ?? initialTenantState();
    if (
      event.type === 'LicensePurchased' &&
      event.data.sku === 'PHONE_SYSTEM_VIRTUAL_USER' &&
      event.data.rulebook !== 'current'
    ) {
      // R3: bought at zero, only up to A(N) under the purchase's policy.
      expect(event.data.unitPrice).toBe(0);
      expect(before.freeVirtualUserSeats + event.data.quantity).toBeLessThanOrEqual(
        allocationFor(event.data.policy, allocationBaseOf(before)),
      );
    }
    if (event.type === 'SubscriptionExpired') {
      // R13: expired at the term's end, by the service's actor, never early.
      expect(metadata).toMatchObject({ actor: 'ledger', occurredAt: event.data.endedAt });
    }
    if (
      event.type === 'LicenseSwapped' &&
      before.rulebook === 'current' &&
      event.data.toSku === 'PHONE_SYSTEM_VIRTUAL_USER'
    ) {
      swapsOffFullLicenseUnderCurrent += 1;
    }
    const after = evolve(before, { event, activityId: metadata.activityId, occurredAt: metadata.occurredAt });
    if (event.type === 'LicensePurchased') {
      // R2: the allocation recorded on the purchase is A(N) right after it.
      expect(event.data.allocationAfter).toBe(allocationFor(event.data.policy, allocationBaseOf(after)));
    }
    tenants.set(tenantId, after);
  }
  return { tenants, swapsOffFullLicenseUnderCurrent };
}

describe('writeDemoLedger', () => {
  it('is deterministic: the same options write the same events, ids and metadata included', async () => {
    const first = await demoLog(OPTIONS);
    const again = await demoLog(OPTIONS);
    const essence = ({ id, streamName, revision, type, data, metadata }: RecordedEvent) => ({
      id,
      streamName,
      revision,
      type,
      data,
      metadata,
    });
    expect(again.events.map(essence)).toEqual(first.events.map(essence));
    const other = await demoLog({ ...OPTIONS, seed: 2 });
    expect(other.events[0].streamName).not.toBe(first.events[0].streamName);
  });

  it.each([1, 2, 3, 4])(
    'seed %i: every command accepted, and the ledger tells every story of the issue',
    async (seed) => {
      const { events, refused, summary } = await demoLog({ ...OPTIONS, seed });
      expect(refused).toBe(0);
      const types = new Set(events.map((event) => event.type));
      // Every event type told, the terms of R13 and the rulebook switches of R9 included.
      expect([...types].sort()).toEqual([...LEDGER_EVENT_TYPES].sort());

      const { tenants, swapsOffFullLicenseUnderCurrent } = foldChecking(events);
      expect(tenants.size).toBe(OPTIONS.tenants);
      const states = [...tenants.values()];
      const accounts = states.flatMap((state) => [...state.accounts.values()]);
      // R9: tenants under each rulebook, at least one switching rulebook mid-history.
      const adoptions = events.filter((e) => e.type === 'RulebookAdopted').map((e) => e.data);
      expect(new Set(adoptions.map((adopted) => adopted.rulebook))).toEqual(
        new Set(['2019', '2020', 'current']),
      );
      expect(adoptions.some((adopted) => adopted.previous !== null)).toBe(true);
      // Both resource types, every SKU of the catalogue bought.
      expect(new Set(accounts.map((account) => account.resourceType))).toEqual(
        new Set([undefined, 'auto-attendant', 'call-queue']),
      );
      const skusBought = new Set(events.filter((e) => e.type === 'LicensePurchased').map((e) => e.data.sku));
      expect(skusBought).toEqual(new Set(SKUS));
      // SPEC §4 under current: users on Teams Phone with Calling Plan; R10: paid Resource Account seats.
      expect(accounts.some((account) => account.licenses.includes('TEAMS_PHONE_WITH_CALLING_PLAN'))).toBe(
        true,
      );
      expect(states.some((state) => quotaOf(state).virtualUser.paid.held > 0)).toBe(true);
      // R13: trials among the terms; some terms still running end within 30 days after the end.
      const terms = events.flatMap((recorded) => {
        const { event } = decodeLedgerEvent(recorded);
        return event.type === 'LicensePurchased' && event.data.term !== undefined ? [event.data.term] : [];
      });
      expect(terms.some((term) => term.trial)).toBe(true);
      expect(states.some((state) => quotaOf(state, OPTIONS.until.toISOString()).expiring.length > 0)).toBe(
        true,
      );
      // R11/R12: unlicensed and full-licence resource accounts under current.
      const flags = states.flatMap((state) =>
        [...state.accounts.values()].flatMap((account) => complianceOf(account, state.rulebook)),
      );
      expect(new Set(flags)).toEqual(new Set(['UNLICENSED', 'FULL_LICENCE']));
      expect(swapsOffFullLicenseUnderCurrent).toBeGreaterThan(0);

      // The summary counts what the log holds.
      const rulebooksAtEnd = states.map((state) => state.rulebook);
      expect(summary.tenantsByRulebook).toEqual({
        '2019': rulebooksAtEnd.filter((rulebook) => rulebook === '2019').length,
        '2020': rulebooksAtEnd.filter((rulebook) => rulebook === '2020').length,
        current: rulebooksAtEnd.filter((rulebook) => rulebook === 'current').length,
      });
      expect(summary.rulebookSwitches).toBe(adoptions.filter((adopted) => adopted.previous !== null).length);
      expect(summary.paidSeats).toBe(
        states.reduce((sum, state) => sum + quotaOf(state).virtualUser.paid.held, 0),
      );
      expect(summary.expiredTerms).toBe(events.filter((e) => e.type === 'SubscriptionExpired').length);
      expect(summary.expiredTerms).toBeGreaterThan(0);
      expect(summary.renewedTerms).toBeGreaterThan(0);
      expect(summary.unlicensedAccounts).toBe(flags.filter((flag) => flag === 'UNLICENSED').length);
      expect(summary.fullLicenseAccounts).toBe(flags.filter((flag) => flag === 'FULL_LICENCE').length);
      // R5 swaps on resource accounts, R6 broken accounts, their replacements, an over-allocated tenant.
      expect(
        events.some((e) => e.type === 'LicenseSwapped' && e.data.toSku === 'PHONE_SYSTEM_VIRTUAL_USER'),
      ).toBe(true);
      expect(accounts.some((account) => account.status.status === 'broken')).toBe(true);
      expect(events.some((e) => e.type === 'LicenseUnassigned' && e.data.reason === 'replaced')).toBe(true);
      expect(states.some((state) => quotaOf(state).overAllocated)).toBe(true);
    },
  );

  it('sizes: a few large tenants and many small ones, adding up to the requested events', async () => {
    const { events } = await demoLog({ ...OPTIONS, tenants: 40, events: 20_000 });
    const perTenant = new Map<string, number>();
    for (const event of events) perTenant.set(event.streamName, (perTenant.get(event.streamName) ?? 0) + 1);
    const sizes = [...perTenant.values()].sort((a, b) => b - a);
    expect(sizes).toHaveLength(40);
    expect(events.length).toBeGreaterThanOrEqual(20_000);
    expect(events.length).toBeLessThan(20_000 * 1.02);
    // The largest is many times the median: not every tenant alike.
    expect(sizes[0]).toBeGreaterThan(10 * sizes[20]);
  });

  it('a fixed rulebook without switches: its policy is recorded on every purchase', async () => {
    const { events } = await demoLog({ ...OPTIONS, rulebook: '2020' });
    const policies = new Set(events.filter((e) => e.type === 'LicensePurchased').map((e) => e.data.policy));
    expect(policies).toEqual(new Set(['per-ten']));
    const rulebooks = events.filter((e) => e.type === 'RulebookAdopted').map((e) => e.data);
    expect(rulebooks).toHaveLength(OPTIONS.tenants);
    expect(new Set(rulebooks.map((adopted) => adopted.rulebook))).toEqual(new Set(['2020']));
  });

  it('--batch-events larger than one append may hold: every append stays within the store budget', async () => {
    // One tenant, one chunk of 5,000 events (~1.5 MB): more than EventStoreDB's 1 MiB per append.
    const store = EmbeddedEventStore.open(':memory:');
    const sizes: number[] = [];
    const recording: EventStore = Object.assign(Object.create(store) as EventStore, {
      append: (...args: Parameters<EventStore['append']>) => {
        sizes.push(appendSizeOf(args[1]));
        return store.append(...args);
      },
    });
    try {
      const summary = await writeDemoLedger(recording, {
        ...OPTIONS,
        tenants: 1,
        events: 5_000,
        batchEvents: 5_000,
      });
      expect(summary.events).toBeGreaterThanOrEqual(5_000);
      expect(sizes.length).toBeGreaterThan(1);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(APPEND_SIZE_BUDGET);
    } finally {
      await store.close();
    }
  });

  it('refuses sizes that cannot tell the story', async () => {
    const store = EmbeddedEventStore.open(':memory:');
    await expect(writeDemoLedger(store, { ...OPTIONS, tenants: 10, events: 50 })).rejects.toThrow(/too few/);
    await store.close();
  });
});
