export * from './event-store';
export * from './errors';
export {
  EmbeddedEventStore,
  type EmbeddedEventStoreOptions,
  openEmbeddedEventStore,
} from './embedded/embedded-event-store';
export * from './eventstoredb';
