/**
 * The EventStore port (ENGINEERING.md "One port, two adapters"). Nothing above it knows
 * which adapter it talks to; the contract suite in contract/ is the definition of
 * "behaves like an event store".
 */

/** 0-based revision of an event inside its stream, as EventStoreDB counts. */
export type StreamRevision = bigint;
/** Position in the global log (`$all`): strictly increasing in commit order, opaque otherwise. */
export type GlobalPosition = bigint;

/** What an append expects of the stream before it. */
export type ExpectedRevision = 'no-stream' | 'any' | 'stream-exists' | StreamRevision;

export type JsonObject = { readonly [key: string]: JsonValue };
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | JsonObject;

export interface EventToAppend {
  /** A UUID. Appending an event id that the stream already holds appends nothing (idempotent retry). */
  readonly id: string;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
}

export interface RecordedEvent {
  readonly id: string;
  readonly streamName: string;
  readonly revision: StreamRevision;
  readonly position: GlobalPosition;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
  /** When the store committed it. */
  readonly recordedAt: Date;
}

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

export interface ReadStreamOptions {
  /** First revision to read (inclusive); default 0. */
  readonly fromRevision?: StreamRevision;
  readonly maxCount?: number;
}

export interface AllFilter {
  /** Only streams whose name starts with this prefix, e.g. `licensing-`. */
  readonly streamPrefix?: string;
}

export interface ReadAllOptions {
  /** Read events strictly after this position; default from the start. */
  readonly afterPosition?: GlobalPosition;
  readonly filter?: AllFilter;
  readonly maxCount?: number;
}

export interface SubscribeToAllOptions {
  /** Deliver events strictly after this position (a checkpoint); default from the start. */
  readonly afterPosition?: GlobalPosition;
  readonly filter?: AllFilter;
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
