import { APPEND_SIZE_BUDGET, appendSizeOf } from '../append-size';
import type { EventStore } from '../event-store';
import type { EventToAppend, JsonObject, RecordedEvent } from '../events';

/**
 * One event of an exported stream: one line of NDJSON, the event as the store holds it, enough
 * to rebuild the stream in another store. Revision and position are decimal strings (bigints in
 * the store); the position and `recordedAt` say where and when the exporting store held it, and
 * are not carried over: the store that imports the stream sets its own.
 */
export interface ExportedEvent {
  readonly streamName: string;
  readonly revision: string;
  readonly position: string;
  readonly id: string;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
  readonly recordedAt?: string;
}

export function exportedEventOf(recorded: RecordedEvent): ExportedEvent {
  return {
    streamName: recorded.streamName,
    revision: recorded.revision.toString(),
    position: recorded.position.toString(),
    id: recorded.id,
    type: recorded.type,
    data: recorded.data,
    metadata: recorded.metadata,
    recordedAt: recorded.recordedAt.toISOString(),
  };
}

/** A line of an export that is not an exported event, or a stream that does not follow on. */
export class ExportFormatError extends Error {
  override readonly name = 'ExportFormatError';
}

/** The store already holds other events in the stream: an import never mixes two histories. */
export class ExportConflictError extends Error {
  override readonly name = 'ExportConflictError';
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isDecimal = (value: unknown): value is string => typeof value === 'string' && /^\d+$/.test(value);

/** Reads one line of an export; `lineNumber` (1-based) names it in the error. */
export function parseExportedEvent(line: string, lineNumber: number): ExportedEvent {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new ExportFormatError(`Line ${lineNumber} is not JSON`);
  }
  const problem = !isObject(value)
    ? 'not an object'
    : typeof value.streamName !== 'string' || value.streamName === ''
      ? 'no streamName'
      : !isDecimal(value.revision)
        ? 'no revision (a decimal string)'
        : typeof value.id !== 'string' || value.id === ''
          ? 'no id'
          : typeof value.type !== 'string' || value.type === ''
            ? 'no type'
            : !isObject(value.data) || !isObject(value.metadata)
              ? 'no data or metadata object'
              : null;
  if (problem !== null)
    throw new ExportFormatError(`Line ${lineNumber} is not an exported event: ${problem}`);
  return value as unknown as ExportedEvent;
}

/** Appends at most this many events at once, and never more than an append may carry. */
const BATCH_EVENTS = 500;

export interface ImportProgress {
  /** Events the store already held (an import that stopped part-way and was run again). */
  readonly alreadyHeld: number;
  readonly appended: number;
  readonly total: number;
}

/**
 * Appends one exported stream to a store, each event with its own id, type, data and metadata,
 * at the revision it had. A store that holds none of the stream gets all of it; one that holds
 * the start of it (an import interrupted earlier) gets the rest; one that holds anything else
 * is refused, before anything is appended.
 */
export async function importExportedStream(
  store: EventStore,
  events: readonly ExportedEvent[],
  onProgress: (progress: ImportProgress) => void = () => undefined,
): Promise<ImportProgress> {
  const first = events[0];
  if (first === undefined) throw new ExportFormatError('The export holds no event');
  const { streamName } = first;
  events.forEach((event, index) => {
    if (event.streamName !== streamName) {
      throw new ExportFormatError(`Line ${index + 1} belongs to ${event.streamName}, not ${streamName}`);
    }
    if (BigInt(event.revision) !== BigInt(index)) {
      throw new ExportFormatError(
        `Line ${index + 1} has revision ${event.revision}; the stream's events must follow on from 0`,
      );
    }
  });

  let alreadyHeld = 0;
  for await (const held of store.readStream(streamName)) {
    const expected = events[alreadyHeld];
    if (expected === undefined || expected.id !== held.id) {
      throw new ExportConflictError(
        `${streamName} already holds other events in this store (revision ${held.revision}); import it into a store without them`,
      );
    }
    alreadyHeld += 1;
  }

  let appended = 0;
  let next = alreadyHeld;
  while (next < events.length) {
    const batch: EventToAppend[] = [];
    let size = 0;
    for (const { id, type, data, metadata } of events.slice(next, next + BATCH_EVENTS)) {
      const event = { id, type, data, metadata };
      size += appendSizeOf([event]);
      // One event larger than an append may carry is the store's to refuse (AppendTooLargeError).
      if (batch.length > 0 && size > APPEND_SIZE_BUDGET) break;
      batch.push(event);
    }
    await store.append(streamName, batch, next === 0 ? 'no-stream' : BigInt(next - 1));
    next += batch.length;
    appended += batch.length;
    onProgress({ alreadyHeld, appended, total: events.length });
  }
  return { alreadyHeld, appended, total: events.length };
}
