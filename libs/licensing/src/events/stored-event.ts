import { EVENT_SCHEMA_VERSION, isLedgerEventType, type EventMetadata, type LedgerEvent } from './events';
import { evolve } from '../state/evolve';
import type { TenantState } from '../state/tenant-state';

/** The shape any store hands back; kept structural so the domain does not depend on a store. */
export interface StoredEventLike {
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
}

export interface DecodedLedgerEvent {
  readonly event: LedgerEvent;
  readonly metadata: EventMetadata;
}

export class UndecodableEventError extends Error {
  override readonly name = 'UndecodableEventError';
}

/**
 * Turns a stored event back into a domain event. Events are never rewritten; when the
 * schema changes, the upcaster for the old version goes here, keyed by schemaVersion.
 */
export function decodeLedgerEvent(stored: StoredEventLike): DecodedLedgerEvent {
  if (!isLedgerEventType(stored.type)) {
    throw new UndecodableEventError(`Unknown ledger event type ${stored.type}`);
  }
  const metadata = stored.metadata as EventMetadata;
  if (metadata.schemaVersion !== EVENT_SCHEMA_VERSION) {
    throw new UndecodableEventError(
      `${stored.type} has schema version ${String(metadata.schemaVersion)}; this build reads ${EVENT_SCHEMA_VERSION}`,
    );
  }
  return { event: { type: stored.type, data: stored.data } as LedgerEvent, metadata };
}

/**
 * One step of every fold of a tenant's stream (the write model, the views, `asOf`): an event as
 * the log returned it, decoded, evolved into the state with the activity and time it was recorded with.
 */
export function evolveRecorded(state: TenantState, { event, metadata }: DecodedLedgerEvent): TenantState {
  return evolve(state, { event, activityId: metadata.activityId, occurredAt: metadata.occurredAt });
}
