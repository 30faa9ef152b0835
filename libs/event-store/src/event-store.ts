/**
 * The EventStore port (ENGINEERING.md "One port, two adapters"). Nothing above it knows
 * which adapter it talks to; the contract suite in contract/ is the definition of
 * "behaves like an event store".
 */
import type { EventToAppend, RecordedEvent } from './events';
import type { ExpectedRevision } from './log-positions';
import type { GlobalPosition, StreamRevision } from './log-positions';
import type { AllFilter, ReadAllOptions, ReadStreamOptions, SubscribeToAllOptions } from './read-options';

export interface AppendResult {
  /** Revision of the stream's last event after the append; -1n when an empty append found no stream. */
  readonly nextExpectedRevision: StreamRevision;
  /** Global position of the last event written (or found, on an idempotent retry). */
  readonly position: GlobalPosition;
  /**
   * True when nothing was written because the stream already held these event ids: the append
   * was recognised as a retry of an earlier one, which may have been made by another process
   * deciding on other state. The caller must then read what the log holds rather than assume its
   * own events were recorded (the revisions above are those of the earlier append).
   */
  readonly deduplicated: boolean;
}

/** Catch-up then live, in global order. `close()` ends the iteration. */
export interface AllSubscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

export interface StoreHealth {
  readonly up: boolean;
  readonly adapter: 'embedded' | 'eventstoredb';
  readonly detail?: string;
}

export interface EventStore {
  append(
    streamName: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<AppendResult>;
  /** Events of one stream in revision order; empty when the stream does not exist. */
  readStream(streamName: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  subscribeToAll(options?: SubscribeToAllOptions): AllSubscription;
  /** Position of the newest event in the log matching the filter; null when none. */
  headPosition(filter?: AllFilter): Promise<GlobalPosition | null>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}
