import type { EventStore } from '@ledger/event-store';
import { TENANT_STREAM_PREFIX, tenantIdOfStream } from '@ledger/licensing';
import { EventLoopPacer, yieldToEventLoop } from '../runner/event-loop-pacer';
import type { TenantViewsReads } from '../tenant-views/tenant-views-reads';

/** Events read from the store at a time while listing tenants; pauses for the event loop between pages. */
const PAGE = 250;

/**
 * Every tenant id in the log, sorted: those the projections hold (every tenant with an event up
 * to their checkpoint), plus those of events after it, read from the log in pages. What a report
 * over every tenant replays (`asOf`, trends).
 */
export async function tenantIdsInLog(
  store: EventStore,
  tenantViews: Pick<TenantViewsReads, 'projectedTenants'>,
  pacer: EventLoopPacer,
): Promise<string[]> {
  const { tenantIds, through } = tenantViews.projectedTenants();
  const found = new Set(tenantIds);
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
      if (tenantId !== null) found.add(tenantId);
    }
    if (read < PAGE) break;
    if (pacer.tick(read)) await yieldToEventLoop();
  }
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
