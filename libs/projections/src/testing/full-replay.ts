import type { EventStore } from '@ledger/event-store';
import {
  decodeLedgerEvent,
  evolve,
  initialTenantState,
  TENANT_STREAM_PREFIX,
  tenantIdOfStream,
} from '@ledger/licensing';
import type { TenantAsOf } from '../as-of';

/**
 * Test support: what an as-of answer must equal — the whole log read from its first event, each
 * tenant folded with `evolve` until its first event that occurred after `instant` (a prefix of its
 * stream). No snapshots, no pages, no pauses: the plain definition the real reads are checked against.
 */
export async function fullReplayAsOf(store: EventStore, instant: string): Promise<TenantAsOf[]> {
  const tenants = new Map<string, TenantAsOf>();
  const finished = new Set<string>();
  for await (const recorded of store.readAll({ filter: { streamPrefix: TENANT_STREAM_PREFIX } })) {
    const tenantId = tenantIdOfStream(recorded.streamName);
    if (tenantId === null || finished.has(tenantId)) continue;
    const { event, metadata } = decodeLedgerEvent(recorded);
    if (metadata.occurredAt > instant) {
      finished.add(tenantId);
      continue;
    }
    tenants.set(tenantId, {
      tenantId,
      state: evolve(tenants.get(tenantId)?.state ?? initialTenantState(), {
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
