/** 0-based revision of an event inside its stream, as EventStoreDB counts. */
export type StreamRevision = bigint;
/** Position in the global log (`$all`): strictly increasing in commit order, opaque otherwise. */
export type GlobalPosition = bigint;
