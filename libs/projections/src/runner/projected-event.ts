import type { RecordedEvent } from '@ledger/event-store';
import { decodeLedgerEvent, tenantIdOfStream, type EventMetadata, type LedgerEvent } from '@ledger/licensing';

/** A ledger event as projections see it: decoded, with where it stands in the log. */
export interface ProjectedEvent {
  readonly position: bigint;
  readonly tenantId: string;
  readonly revision: bigint;
  readonly event: LedgerEvent;
  readonly metadata: EventMetadata;
}

/** Null for events that are not a tenant's ledger events (other streams under the prefix). */
export function projectedEventOf(recorded: RecordedEvent): ProjectedEvent | null {
  const tenantId = tenantIdOfStream(recorded.streamName);
  if (tenantId === null) return null;
  const { event, metadata } = decodeLedgerEvent(recorded);
  return { position: recorded.position, tenantId, revision: recorded.revision, event, metadata };
}
