export * from './event-store';
export * from './events';
export type { ExpectedRevision } from './expected-revision';
export * from './log-positions';
export * from './read-options';
export * from './errors';
export * from './append-size';
export { EmbeddedEventStore, type EmbeddedEventStoreOptions } from './embedded/embedded-event-store';
export * from './eventstoredb';
