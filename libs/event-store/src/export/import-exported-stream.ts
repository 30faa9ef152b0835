import { APPEND_SIZE_BUDGET, appendSizeOf } from '../append-size';
import type { EventStore } from '../event-store';
import type { EventToAppend } from '../events';
import { eventsOfExport, type VerifiedExport } from './export-reader';
import { ExportConflictError, type ExportedEvent } from './exported-stream';

/** Appends at most this many events at once, and never more than an append may carry. */
const BATCH_EVENTS = 500;

export interface ImportProgress {
  /** Events the store already held (an import that stopped part-way and was run again). */
  readonly alreadyHeld: number;
  readonly appended: number;
  readonly total: number;
}

/** The events still to read, as appends: each at most BATCH_EVENTS events and APPEND_SIZE_BUDGET bytes. */
async function* batchesOf(events: AsyncIterator<ExportedEvent>): AsyncGenerator<EventToAppend[]> {
  let batch: EventToAppend[] = [];
  let size = 0;
  for (let next = await events.next(); next.done !== true; next = await events.next()) {
    const { id, type, data, metadata } = next.value;
    const event = { id, type, data, metadata };
    const eventSize = appendSizeOf([event]);
    // One event larger than an append may carry goes alone: it is the store's to refuse (AppendTooLargeError).
    if (batch.length === BATCH_EVENTS || (batch.length > 0 && size + eventSize > APPEND_SIZE_BUDGET)) {
      yield batch;
      batch = [];
      size = 0;
    }
    batch.push(event);
    size += eventSize;
  }
  if (batch.length > 0) yield batch;
}

/**
 * Appends one exported stream to a store, each event with its own id, type, data and metadata,
 * at the revision it had. The export was read whole first (`verifyExport`), so a cut or altered one
 * appends nothing. A store that holds none of the stream gets all of it; one that holds the start of
 * it (an import interrupted earlier) gets the rest; one that holds anything else is refused, before
 * anything is appended. The export is read once more, a line at a time, beside the stream as the
 * store holds it: no event is held twice, nor the whole export once.
 */
export async function importExportedStream(
  store: EventStore,
  { streamName, events: total, open }: VerifiedExport,
  onProgress: (progress: ImportProgress) => void = () => undefined,
): Promise<ImportProgress> {
  const exported = eventsOfExport(open());
  try {
    let alreadyHeld = 0;
    for await (const held of store.readStream(streamName)) {
      const expected = await exported.next();
      if (expected.done === true || expected.value.id !== held.id) {
        throw new ExportConflictError(
          `${streamName} already holds other events in this store (revision ${held.revision}); import it into a store without them`,
        );
      }
      alreadyHeld += 1;
    }

    let appended = 0;
    for await (const batch of batchesOf(exported)) {
      const next = alreadyHeld + appended;
      await store.append(streamName, batch, next === 0 ? 'no-stream' : BigInt(next - 1));
      appended += batch.length;
      onProgress({ alreadyHeld, appended, total });
    }
    return { alreadyHeld, appended, total };
  } finally {
    await exported.return();
  }
}
