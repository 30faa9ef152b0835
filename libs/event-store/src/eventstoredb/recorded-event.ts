import type { Position, ResolvedEvent } from '@eventstore/db-client';
import type { JsonObject, RecordedEvent } from '../events';
import { withoutAppendAttempt } from './append-attempt';
import { toGlobalPosition } from './global-position';

/**
 * What servers before 22.10 put in a stream read's position fields: -1 as a uint64, or nothing (0).
 * No event sits at either (a node's log starts with system records).
 */
const NO_POSITION = new Set([0n, 2n ** 64n - 1n]);

/**
 * The $all position of what the client read: the recorded event's own position (stream reads carry
 * it on servers since 22.10), else the position the read response reports for it.
 */
export function positionOf(resolved: ResolvedEvent): Position | undefined {
  const own = resolved.event?.position;
  if (own !== undefined && !NO_POSITION.has(own.commit)) return own;
  const commit = resolved.commitPosition;
  if (commit !== undefined && !NO_POSITION.has(commit)) return { commit, prepare: commit };
  return undefined;
}

/**
 * The port's view of an event the client read; null for a link whose target is gone (the ledger
 * reads no projection streams, so that only happens when someone points it at one).
 */
export function toRecordedEvent(resolved: ResolvedEvent): RecordedEvent | null {
  const recorded = resolved.event;
  if (recorded === undefined) return null;
  const where = `Event ${recorded.id} (${recorded.streamId}@${recorded.revision})`;
  const position = positionOf(resolved);
  if (position === undefined) {
    throw new Error(`${where} was read without a $all position; EventStoreDB 22.10 or later is required`);
  }
  return {
    id: recorded.id,
    streamName: recorded.streamId,
    revision: recorded.revision,
    position: toGlobalPosition(position, where),
    type: recorded.type,
    data: asJsonObject(recorded.data, `${where} data`),
    metadata: withoutAppendAttempt(metadataOf(resolved) ?? {}),
    recordedAt: recorded.created,
  };
}

/** The stored metadata of what the client read, append-attempt marker included (append-attempt.ts). */
export function metadataOf(resolved: ResolvedEvent): JsonObject | undefined {
  const recorded = resolved.event;
  if (recorded?.metadata === undefined) return undefined;
  return asJsonObject(
    recorded.metadata,
    `Event ${recorded.id} (${recorded.streamId}@${recorded.revision}) metadata`,
  );
}

/** The ledger writes JSON objects; a binary payload is accepted if it holds one (some writers omit the content type). */
function asJsonObject(value: unknown, what: string): JsonObject {
  const parsed = value instanceof Uint8Array ? parseJson(value, what) : value;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${what} is not a JSON object`);
  }
  return parsed as JsonObject;
}

function parseJson(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (error) {
    throw new Error(`${what} is not JSON`, { cause: error });
  }
}
