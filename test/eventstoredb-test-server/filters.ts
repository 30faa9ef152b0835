/**
 * TEST INFRASTRUCTURE — server-side $all filters (stream name or event type, by prefixes or a
 * regular expression), and the checkpoint cadence of a filtered subscription.
 */
import { ReadReq } from '@eventstore/db-client/generated/streams_pb';
import type { StoredEvent } from './in-memory-log';
import { InvalidRequestError } from './grpc-messages';

export interface AllFilter {
  matches(event: StoredEvent): boolean;
  /** A filtered subscription sends a checkpoint every this many records considered. */
  readonly checkpointInterval: number;
}

/** The server's default search window (ReadBatchSize) when the client asks for `count`. */
const DEFAULT_MAX_SEARCH_WINDOW = 32;

export function allFilterOf(options: ReadReq.Options): AllFilter | null {
  if (options.getFilterOptionCase() !== ReadReq.Options.FilterOptionCase.FILTER) return null;
  const filter = options.getFilter();
  if (filter === undefined) return null;

  let expression: ReadReq.Options.FilterOptions.Expression | undefined;
  let property: (event: StoredEvent) => string;
  switch (filter.getFilterCase()) {
    case ReadReq.Options.FilterOptions.FilterCase.STREAM_IDENTIFIER:
      expression = filter.getStreamIdentifier();
      property = (event) => event.streamName;
      break;
    case ReadReq.Options.FilterOptions.FilterCase.EVENT_TYPE:
      expression = filter.getEventType();
      property = (event) => event.type;
      break;
    default:
      throw new InvalidRequestError('a filter needs a stream identifier or event type expression');
  }
  if (expression === undefined) throw new InvalidRequestError('a filter needs an expression');

  // As on the server: a non-empty regex wins over prefixes (EventFilter.StreamName/EventType).
  const regex = expression.getRegex();
  const prefixes = expression.getPrefixList();
  let test: (value: string) => boolean;
  if (regex !== '') {
    const pattern = new RegExp(regex);
    test = (value) => pattern.test(value);
  } else {
    test = (value) => prefixes.some((prefix) => value.startsWith(prefix));
  }

  const window = filter.hasMax() ? filter.getMax() : DEFAULT_MAX_SEARCH_WINDOW;
  const multiplier = Math.max(1, filter.getCheckpointintervalmultiplier());
  return { matches: (event) => test(property(event)), checkpointInterval: window * multiplier };
}
