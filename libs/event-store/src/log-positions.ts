/** 0-based revision of an event inside its stream, as EventStoreDB counts. */
export type StreamRevision = bigint;
/** Position in the global log (`$all`): strictly increasing in commit order, opaque otherwise. */
export type GlobalPosition = bigint;

/** What an append expects of the stream before it (the meanings EventStoreDB gives them). */
export type ExpectedRevision = 'no-stream' | 'any' | 'stream-exists' | StreamRevision;
