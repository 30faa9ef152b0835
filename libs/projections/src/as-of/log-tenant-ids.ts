import type { EventStore } from '@ledger/event-store';
import { TENANT_STREAM_PREFIX, tenantIdOfStream, tenantStreamName } from '@ledger/licensing';
import { EventLoopPacer, yieldToEventLoop } from '../runner/event-loop-pacer';
import type { TenantViewsReads } from '../tenant-views/tenant-views-reads';

/** Events read from the store at a time while listing tenants; pauses for the event loop between pages. */
const PAGE = 250;

/** Every tenant of the log, and which of them the tenant views have not folded to the end. */
export interface TenantsInLog {
  /** Sorted. */
  readonly tenantIds: string[];
  /**
   * Tenants with events the views have not folded: after their checkpoint (a lagging or rebuilding
   * projection), or held behind a parked event. Their checkpoint rows stop short: the log has the rest.
   */
  readonly unsettled: ReadonlySet<string>;
}

/**
 * Every tenant id in the log, sorted: those the projections hold (every tenant with an event up
 * to their checkpoint), plus those of events after it, read from the log in pages. What a report
 * over every tenant reads (`asOf`, trends).
 */
export async function tenantIdsInLog(
  store: EventStore,
  tenantViews: Pick<TenantViewsReads, 'projectedTenants'>,
  pacer: EventLoopPacer,
): Promise<TenantsInLog> {
  const { tenantIds, through, held } = tenantViews.projectedTenants();
  const found = new Set(tenantIds);
  const unsettled = new Set(held);
  let after = through;
  for (;;) {
    let read = 0;
    for await (const recorded of store.readAll({
      afterPosition: after,
      filter: { streamPrefix: TENANT_STREAM_PREFIX },
      maxCount: PAGE,
    })) {
      read += 1;
      after = recorded.position;
      const tenantId = tenantIdOfStream(recorded.streamName);
      if (tenantId === null) continue;
      found.add(tenantId);
      unsettled.add(tenantId);
    }
    if (read < PAGE) break;
    if (pacer.tick(read)) await yieldToEventLoop();
  }
  return { tenantIds: [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), unsettled };
}

/**
 * Whether the tenant views have folded every event of the tenant's stream the log holds now: their
 * checkpoint rows then answer for it (tenant-checkpoints.ts). Not when the projection lags behind
 * the stream, holds it behind a parked event, or skipped its last event (the log has more).
 */
export async function tenantSettled(
  store: EventStore,
  tenantViews: Pick<TenantViewsReads, 'quota'>,
  tenantId: string,
): Promise<boolean> {
  const projected = tenantViews.quota(tenantId);
  const fromRevision = projected === null ? 0n : BigInt(projected.revision) + 1n;
  for await (const _later of store.readStream(tenantStreamName(tenantId), { fromRevision, maxCount: 1 })) {
    return false;
  }
  return true;
}
