import type { EventToAppend, JsonObject } from '../events';

/**
 * How the adapter tells "this call wrote the batch" from "EventStoreDB de-duplicated it".
 *
 * The server recognises a retry by event ids alone (IndexWriter.CheckCommit: with an exact expected
 * revision behind the stream, ids already at the revisions the batch would take; with `any` /
 * `stream_exists`, ids in its committed-events cache) and then answers AppendResp.success with the
 * EARLIER append's last revision and its log position — the same shape, and for a stale exact
 * expectation the same numbers, as a fresh write. Nothing on the wire says which happened. So the
 * last event of every batch carries a marker unique to this call, and after a success the adapter
 * reads the event at the revision the server reported: our marker means we wrote it; any other (or
 * none: written before this marker existed, or by another writer) means nothing was written.
 * Readers never see the marker: it is removed when an event is decoded.
 */
export const APPEND_ATTEMPT_KEY = '$ledgerAppendAttempt';

/** The batch as sent: the last event's metadata also carries `attempt`. */
export function markLastEvent(events: readonly EventToAppend[], attempt: string): EventToAppend[] {
  return events.map((event, index) =>
    index === events.length - 1
      ? { ...event, metadata: { ...event.metadata, [APPEND_ATTEMPT_KEY]: attempt } }
      : event,
  );
}

/** The marker a stored event carries, if any. */
export function appendAttemptOf(metadata: JsonObject): string | undefined {
  const attempt = metadata[APPEND_ATTEMPT_KEY];
  return typeof attempt === 'string' ? attempt : undefined;
}

/** Metadata as the writer gave it. */
export function withoutAppendAttempt(metadata: JsonObject): JsonObject {
  if (!(APPEND_ATTEMPT_KEY in metadata)) return metadata;
  const { [APPEND_ATTEMPT_KEY]: _marker, ...rest } = metadata;
  return rest;
}
