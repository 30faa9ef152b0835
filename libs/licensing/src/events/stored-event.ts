import { isLedgerEventType, type EventMetadata, type LedgerEvent, type LedgerEventType } from './events';
import { SCHEMA_VERSIONS } from './schema-versions';
import { UPCASTERS } from './upcasters';
import { evolve } from '../state/evolve';
import type { TenantState } from '../state/tenant-state';

/** The shape any store hands back; kept structural so the domain does not depend on a store. */
export interface StoredEventLike {
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
}

export interface DecodedLedgerEvent {
  /** The event in the shape this build writes, upcast from its stored version if older. */
  readonly event: LedgerEvent;
  /** As stored: `schemaVersion` is the version the event was written with. */
  readonly metadata: EventMetadata;
}

export class UndecodableEventError extends Error {
  override readonly name = 'UndecodableEventError';
}

/**
 * Turns a stored event back into a domain event. Events are never rewritten: an older schema
 * version is upcast step by step through `UPCASTERS`; a newer one (written by a later build)
 * is undecodable, and the projections park it rather than guess.
 */
export function decodeLedgerEvent(stored: StoredEventLike): DecodedLedgerEvent {
  if (!isLedgerEventType(stored.type)) {
    throw new UndecodableEventError(`Unknown ledger event type ${stored.type}`);
  }
  const metadata = stored.metadata as EventMetadata;
  const data = upcast(stored.type, metadata.schemaVersion, stored.data);
  return { event: { type: stored.type, data } as LedgerEvent, metadata };
}

/** The data of a `type` event stored with `version`, in the shape of the version written today. */
export function upcast(type: LedgerEventType, version: unknown, data: unknown): unknown {
  const target = SCHEMA_VERSIONS[type];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > target) {
    throw new UndecodableEventError(
      `${type} has schema version ${String(version)}; this build reads versions 1 to ${target}`,
    );
  }
  let current = data;
  for (let from = version; from < target; from += 1) {
    const step = UPCASTERS[type]?.[from];
    if (step === undefined || current === null || typeof current !== 'object') {
      throw new UndecodableEventError(`${type} version ${from} has no upcaster to version ${from + 1}`);
    }
    current = step(current as Record<string, unknown>);
  }
  return current;
}

/**
 * One step of every fold of a tenant's stream (the write model, the views, `asOf`): an event as
 * the log returned it, decoded, evolved into the state with the activity and time it was recorded with.
 */
export function evolveRecorded(state: TenantState, { event, metadata }: DecodedLedgerEvent): TenantState {
  return evolve(state, { event, activityId: metadata.activityId, occurredAt: metadata.occurredAt });
}
