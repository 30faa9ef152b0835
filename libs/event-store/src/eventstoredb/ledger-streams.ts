import { Empty } from '@eventstore/db-client/generated/shared_pb';
import { ReadReq } from '@eventstore/db-client/generated/streams_pb';
import type { RecordedEvent } from '../events';
import type { AllFilter } from '../read-options';

/**
 * Without a prefix the ledger still wants only its own kind of events: not system streams
 * (`$…`, metadata streams `$$…`). .NET and JavaScript read this regex alike.
 */
const NOT_SYSTEM = '^(?!\\$)';

/**
 * The filter EventStoreDB applies before sending anything: by stream-name prefix when the caller
 * has one (the ledger's `licensing-`), by the regex above otherwise. A window of `count` lets the
 * server pick its search window; checkpoints then come every window of records considered.
 */
export function serverSideFilter(filter: AllFilter | undefined): ReadReq.Options.FilterOptions {
  const expression = new ReadReq.Options.FilterOptions.Expression();
  const prefix = filter?.streamPrefix ?? '';
  if (prefix === '') expression.setRegex(NOT_SYSTEM);
  else expression.setPrefixList([prefix]);
  return new ReadReq.Options.FilterOptions()
    .setStreamIdentifier(expression)
    .setCount(new Empty())
    .setCheckpointintervalmultiplier(1);
}

/**
 * What the server filter cannot say: a prefix filter still lets through `$`-typed events (links,
 * metadata). Applied to everything read from $all.
 */
export function isLedgerEvent(event: RecordedEvent, filter: AllFilter | undefined): boolean {
  if (event.type.startsWith('$') || event.streamName.startsWith('$')) return false;
  return event.streamName.startsWith(filter?.streamPrefix ?? '');
}
