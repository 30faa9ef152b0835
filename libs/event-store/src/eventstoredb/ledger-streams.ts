import { Empty } from '@eventstore/db-client/generated/shared_pb';
import { ReadReq } from '@eventstore/db-client/generated/streams_pb';
import type { AllFilter, RecordedEvent } from '../event-store';

/**
 * Projection checkpoints live in the database, one stream per checkpoint name. A user stream, not
 * a `$` system stream: system streams need $admins rights to write, and the service should not.
 * Every $all read and subscription excludes these streams, server-side where it can.
 */
export const CHECKPOINT_STREAM_PREFIX = 'ledger-checkpoint-';
export const CHECKPOINT_EVENT_TYPE = 'LedgerCheckpointStored';
/** Only the newest checkpoint matters; a few are kept so an operator can see recent progress. */
export const CHECKPOINT_MAX_COUNT = 5;

export const checkpointStreamOf = (name: string): string => `${CHECKPOINT_STREAM_PREFIX}${name}`;

/**
 * Without a prefix the ledger still wants only its own kind of events: not system streams
 * (`$…`, metadata streams `$$…`), not checkpoints. .NET and JavaScript read this regex alike.
 */
const NOT_SYSTEM_OR_CHECKPOINT = `^(?!\\$|${CHECKPOINT_STREAM_PREFIX})`;

/**
 * The filter EventStoreDB applies before sending anything: by stream-name prefix when the caller
 * has one (the ledger's `licensing-`), by the regex above otherwise. A window of `count` lets the
 * server pick its search window; checkpoints then come every window of records considered.
 */
export function serverSideFilter(filter: AllFilter | undefined): ReadReq.Options.FilterOptions {
  const expression = new ReadReq.Options.FilterOptions.Expression();
  const prefix = filter?.streamPrefix ?? '';
  if (prefix === '') expression.setRegex(NOT_SYSTEM_OR_CHECKPOINT);
  else expression.setPrefixList([prefix]);
  return new ReadReq.Options.FilterOptions()
    .setStreamIdentifier(expression)
    .setCount(new Empty())
    .setCheckpointintervalmultiplier(1);
}

/**
 * What the server filter cannot say: a prefix filter still lets through `$`-typed events (links,
 * metadata) and, for a prefix like `ledger`, checkpoint streams. Applied to everything read from $all.
 */
export function isLedgerEvent(event: RecordedEvent, filter: AllFilter | undefined): boolean {
  if (event.type.startsWith('$') || event.streamName.startsWith('$')) return false;
  if (event.streamName.startsWith(CHECKPOINT_STREAM_PREFIX)) return false;
  return event.streamName.startsWith(filter?.streamPrefix ?? '');
}
