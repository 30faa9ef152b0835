export { EventStoreDbEventStore } from './eventstoredb-event-store';
export type { EventStoreDbEventStoreOptions, EventStoreDbLogger } from './eventstoredb-options';
