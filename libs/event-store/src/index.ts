export * from './event-store';
export * from './errors';
export * from './append-size';
export { EmbeddedEventStore, type EmbeddedEventStoreOptions } from './embedded/embedded-event-store';
export * from './eventstoredb';
