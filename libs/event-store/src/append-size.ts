import type { EventToAppend } from './events';

/**
 * The most one append may hold: EventStoreDB's default MaxAppendSize (1 MiB). Both adapters refuse
 * a larger batch with AppendTooLargeError and write nothing.
 */
export const APPEND_SIZE_LIMIT = 1_048_576;

/**
 * What a caller that batches should put in one append at most: the limit less room for what an
 * adapter adds to a batch (the EventStoreDB adapter's append-attempt marker, under 100 bytes).
 */
export const APPEND_SIZE_BUDGET = APPEND_SIZE_LIMIT - 4_096;

/**
 * An event's size as EventStoreDB counts it against MaxAppendSize (`Event.SizeOnDisk`): the bytes of
 * its data and metadata as sent (UTF-8 JSON) plus twice the length of its type.
 */
export function encodedEventSize(type: string, dataJson: string, metadataJson: string): number {
  return Buffer.byteLength(dataJson, 'utf8') + Buffer.byteLength(metadataJson, 'utf8') + 2 * type.length;
}

/** The size of a batch as the store counts it against APPEND_SIZE_LIMIT. */
export function appendSizeOf(events: readonly EventToAppend[]): number {
  let size = 0;
  for (const event of events) {
    size += encodedEventSize(event.type, JSON.stringify(event.data), JSON.stringify(event.metadata));
  }
  return size;
}
