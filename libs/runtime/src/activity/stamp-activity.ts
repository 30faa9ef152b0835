import type { EventToAppend, JsonObject } from '@ledger/event-store';
import { schemaVersionOf, type EventMetadata, type ImportSource, type LedgerEvent } from '@ledger/licensing';
import { activityIdOf, eventIdOf } from './activity-ids';

/** Who recorded a licence activity, when, and how to recognise the same request again. */
export interface ActivityStamp {
  readonly tenantId: string;
  readonly commandId: string;
  /** The token's `sub` for the API; a fixed name (e.g. `demo`) for generated data. */
  readonly actor: string;
  readonly correlationId: string;
  readonly occurredAt: Date;
  readonly idempotency?: { readonly key: string; readonly requestHash: string };
  /** An import's activity: the export file and record it comes from. */
  readonly importedFrom?: ImportSource;
}

/** One licence activity (R5) as the store takes it: one atomic append, or part of a larger one. */
export interface StampedActivity {
  readonly activityId: string;
  /**
   * The metadata every event of the activity carries; each stored event has its own type's
   * `schemaVersion` (this one has the first event's).
   */
  readonly metadata: EventMetadata;
  readonly events: EventToAppend[];
}

/**
 * Gives the events of one activity their SPEC §2 metadata and their store ids. The activity id
 * and every event id are derived from the command id, so a command retried with the same id
 * produces the same ids and the store appends nothing twice. The one place this is done: the
 * API's command handler and the CLI's demo data write exactly the same shape.
 */
export function stampActivity(events: readonly LedgerEvent[], stamp: ActivityStamp): StampedActivity {
  const activityId = activityIdOf(stamp.commandId);
  const metadata: EventMetadata = {
    tenantId: stamp.tenantId,
    activityId,
    commandId: stamp.commandId,
    actor: stamp.actor,
    correlationId: stamp.correlationId,
    occurredAt: stamp.occurredAt.toISOString(),
    schemaVersion: events[0] === undefined ? 1 : schemaVersionOf(events[0].type),
    ...(stamp.idempotency === undefined
      ? {}
      : { idempotencyKey: stamp.idempotency.key, requestHash: stamp.idempotency.requestHash }),
    ...(stamp.importedFrom === undefined ? {} : { importedFrom: stamp.importedFrom }),
  };
  return {
    activityId,
    metadata,
    events: events.map((event, index) => ({
      id: eventIdOf(stamp.commandId, index),
      type: event.type,
      // Domain events are plain JSON by construction (strings, numbers, no undefined values kept by JSON).
      data: event.data as unknown as JsonObject,
      metadata: { ...metadata, schemaVersion: schemaVersionOf(event.type) } as unknown as JsonObject,
    })),
  };
}
