import type { EventStore } from '@ledger/event-store';
import {
  decodeLedgerEvent,
  evolve,
  initialTenantState,
  TENANT_STREAM_PREFIX,
  tenantIdOfStream,
  tenantStreamName,
  type TenantState,
} from '@ledger/licensing';

export interface TenantAsOf {
  readonly tenantId: string;
  readonly state: TenantState;
  /** Revision of the last event at or before the instant; null when the tenant had none yet. */
  readonly revision: bigint | null;
  readonly position: bigint | null;
}

/**
 * A tenant as it stood at `asOf`: its stream replayed through the domain's `evolve` up to that
 * instant. The stream is read in order and the replay stops at the first later event, so the
 * answer is always a prefix of the log — a state that really existed.
 */
export async function tenantAsOf(store: EventStore, tenantId: string, asOf: Date): Promise<TenantAsOf> {
  const limit = asOf.toISOString();
  let result: TenantAsOf = { tenantId, state: initialTenantState(), revision: null, position: null };
  for await (const recorded of store.readStream(tenantStreamName(tenantId))) {
    const { event, metadata } = decodeLedgerEvent(recorded);
    if (metadata.occurredAt > limit) break;
    result = {
      tenantId,
      state: evolve(result.state, {
        event,
        activityId: metadata.activityId,
        occurredAt: metadata.occurredAt,
      }),
      revision: recorded.revision,
      position: recorded.position,
    };
  }
  return result;
}

/** Every tenant as it stood at `asOf`, from one pass over the log (reports). Sorted by tenant id. */
export async function allTenantsAsOf(store: EventStore, asOf: Date): Promise<TenantAsOf[]> {
  const limit = asOf.toISOString();
  const tenants = new Map<string, TenantAsOf>();
  const finished = new Set<string>();
  for await (const recorded of store.readAll({ filter: { streamPrefix: TENANT_STREAM_PREFIX } })) {
    const tenantId = tenantIdOfStream(recorded.streamName);
    if (tenantId === null || finished.has(tenantId)) continue;
    const { event, metadata } = decodeLedgerEvent(recorded);
    // Same prefix rule as tenantAsOf: a tenant's first later event ends its replay.
    if (metadata.occurredAt > limit) {
      finished.add(tenantId);
      continue;
    }
    const before = tenants.get(tenantId);
    tenants.set(tenantId, {
      tenantId,
      state: evolve(before?.state ?? initialTenantState(), {
        event,
        activityId: metadata.activityId,
        occurredAt: metadata.occurredAt,
      }),
      revision: recorded.revision,
      position: recorded.position,
    });
  }
  return [...tenants.values()].sort((a, b) =>
    a.tenantId < b.tenantId ? -1 : a.tenantId > b.tenantId ? 1 : 0,
  );
}
