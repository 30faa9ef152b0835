import type { EventStore } from '@ledger/event-store';
import {
  decodeLedgerEvent,
  evolveRecorded,
  initialTenantState,
  TENANT_STREAM_PREFIX,
  tenantIdOfStream,
} from '@ledger/licensing';
import type { TenantAsOf } from '../as-of/as-of';

/**
 * Test support: what an as-of answer must equal — the whole log read from its first event, each
 * tenant folded with `evolveRecorded` until its first event that occurred after `instant` (a prefix
 * of its stream). No snapshots, no pages, no pauses: the plain definition the real reads are checked
 * against. It does not use `foldTenantStream`, on purpose: the oracle must not share the code it checks.
 */
export async function fullReplayAsOf(store: EventStore, instant: string): Promise<TenantAsOf[]> {
  const tenants = new Map<string, TenantAsOf>();
  const finished = new Set<string>();
  for await (const recorded of store.readAll({ filter: { streamPrefix: TENANT_STREAM_PREFIX } })) {
    const tenantId = tenantIdOfStream(recorded.streamName);
    if (tenantId === null || finished.has(tenantId)) continue;
    const decoded = decodeLedgerEvent(recorded);
    if (decoded.metadata.occurredAt > instant) {
      finished.add(tenantId);
      continue;
    }
    tenants.set(tenantId, {
      tenantId,
      state: evolveRecorded(tenants.get(tenantId)?.state ?? initialTenantState(), decoded),
      revision: recorded.revision,
      position: recorded.position,
    });
  }
  return [...tenants.values()].sort((a, b) =>
    a.tenantId < b.tenantId ? -1 : a.tenantId > b.tenantId ? 1 : 0,
  );
}
