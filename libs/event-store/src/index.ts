export * from './event-store';
export * from './events';
export * from './log-positions';
export * from './read-options';
export * from './errors';
export * from './append-size';
export { EmbeddedEventStore, type EmbeddedEventStoreOptions } from './embedded/embedded-event-store';
export {
  backupEmbeddedStore,
  backupSqliteFile,
  type BackupProgress,
  type EmbeddedStoreBackup,
  type SqliteFileBackup,
} from './embedded/online-backup';
export { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';
export type { EventStoreDbEventStoreOptions, EventStoreDbLogger } from './eventstoredb/eventstoredb-options';
export * from './export/exported-stream';
