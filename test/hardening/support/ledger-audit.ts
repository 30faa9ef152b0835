import type { EventStore, RecordedEvent } from '@ledger/event-store';
import {
  allocationBaseOf,
  allocationUnder,
  decodeLedgerEvent,
  evolve,
  initialTenantState,
  isPhoneCapable,
  mayHold,
  quotaOf,
  RULEBOOK_RULES,
  SKUS,
  tenantIdOfStream,
  TENANT_STREAM_PREFIX,
  VIRTUAL_USER_SKU,
  type LedgerEvent,
  type QuotaView,
  type TenantState,
} from '@ledger/licensing';

export interface TenantAudit {
  readonly tenantId: string;
  readonly events: readonly RecordedEvent[];
  readonly state: TenantState;
  /** The quota a rebuild from scratch must show: the pure fold of the tenant's stream. */
  readonly quota: QuotaView;
  readonly violations: readonly string[];
}

/** R2–R4 as they must hold after every event of a tenant's stream (the log, not a projection). */
function violationsAfter(
  state: TenantState,
  event: RecordedEvent,
  decoded: LedgerEvent,
  before: TenantState,
): string[] {
  const problems: string[] = [];
  const at = `rev ${event.revision} ${event.type}`;
  if (decoded.type === 'LicensePurchased') {
    const { sku, unitPrice, allocationAfter, freeQuantity, paidQuantity, rulebook } = decoded.data;
    const allocation = allocationUnder(rulebook, allocationBaseOf(state));
    if (sku === VIRTUAL_USER_SKU) {
      // R3: under 2019/2020 Virtual User seats are bought at 0, only by a qualified tenant, within A(N).
      if (RULEBOOK_RULES[rulebook].beyondAllocation === 'refused') {
        if (unitPrice !== 0) problems.push(`${at}: Virtual User bought at ${unitPrice}`);
        if (allocationBaseOf(before) === 0) problems.push(`${at}: Virtual User bought with N = 0`);
        if (paidQuantity !== 0)
          problems.push(`${at}: ${paidQuantity} paid Virtual User seats under ${rulebook}`);
      }
      // R10: free seats only within the allocation.
      if (freeQuantity > 0 && state.freeVirtualUserSeats > allocation)
        problems.push(`${at}: ${state.freeVirtualUserSeats} free Virtual User seats > A(N) = ${allocation}`);
    }
    if (allocationAfter !== allocation)
      problems.push(`${at}: allocationAfter ${allocationAfter} is not A(N)`);
  }
  const accounts = [...state.accounts.values()];
  for (const sku of SKUS) {
    const { purchased, assigned } = state.seats[sku];
    // R4: every assignment holds a purchased seat; seats in use are never cancelled.
    if (assigned < 0 || assigned > purchased)
      problems.push(`${at}: ${sku} ${assigned} assigned of ${purchased}`);
    const holders = accounts.filter((account) => account.licenses.includes(sku)).length;
    if (holders !== assigned) problems.push(`${at}: ${sku} ${assigned} assigned but ${holders} holders`);
  }
  for (const { accountId, kind, licenses } of accounts) {
    // R4: no SKU twice, one phone-capable licence at most, Virtual User on resource accounts only.
    if (new Set(licenses).size !== licenses.length) problems.push(`${at}: ${accountId} holds a SKU twice`);
    if (licenses.filter(isPhoneCapable).length > 1)
      problems.push(`${at}: ${accountId} holds ${licenses.join()}`);
    if (licenses.some((sku) => !mayHold(kind, sku)))
      problems.push(`${at}: user ${accountId} holds ${licenses.join()}`);
  }
  return problems;
}

/** Folds one tenant's stream from the store with the domain's own evolve, checking R2–R4 after each event. */
export async function auditTenant(store: EventStore, tenantId: string): Promise<TenantAudit> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readStream(`${TENANT_STREAM_PREFIX}${tenantId}`)) events.push(event);
  return auditEvents(tenantId, events);
}

export function auditEvents(tenantId: string, events: readonly RecordedEvent[]): TenantAudit {
  let state = initialTenantState();
  const violations: string[] = [];
  events.forEach((recorded, index) => {
    if (recorded.revision !== BigInt(index))
      violations.push(`revision ${recorded.revision} at index ${index}`);
    const { event, metadata } = decodeLedgerEvent(recorded);
    const before = state;
    state = evolve(state, { event, activityId: metadata.activityId, occurredAt: metadata.occurredAt });
    violations.push(...violationsAfter(state, recorded, event, before));
  });
  return { tenantId, events, state, quota: quotaOf(state), violations };
}

/** Every tenant stream of the log, grouped: for audits across all tenants after a crash. */
export async function tenantStreams(store: EventStore): Promise<Map<string, RecordedEvent[]>> {
  const streams = new Map<string, RecordedEvent[]>();
  for await (const event of store.readAll({ filter: { streamPrefix: TENANT_STREAM_PREFIX } })) {
    const tenantId = tenantIdOfStream(event.streamName);
    if (tenantId === null) continue;
    const stream = streams.get(tenantId) ?? [];
    stream.push(event);
    streams.set(tenantId, stream);
  }
  return streams;
}

/** The numbers of a quota answer a rebuild must reproduce (the answer adds tenantId, position, …). */
export function quotaNumbers(quota: Pick<QuotaView, 'phoneSystemSeats' | 'virtualUser' | 'overAllocated'>) {
  return {
    phoneSystemSeats: quota.phoneSystemSeats,
    virtualUser: quota.virtualUser,
    overAllocated: quota.overAllocated,
  };
}
