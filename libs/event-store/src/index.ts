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
// The embedded store's compact encoding of JSON, for other SQLite files that keep JSON (the projections).
export { CompactJson } from './embedded/compact-json';
export { Dictionary, DICTIONARY_DDL } from './embedded/dictionary';
export { compactIdOf, idOfCompact, type CompactId } from './embedded/compact-id';
export { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';
export type { EventStoreDbEventStoreOptions, EventStoreDbLogger } from './eventstoredb/eventstoredb-options';
export {
  ExportConflictError,
  ExportFormatError,
  exportedEventOf,
  parseExportedEvent,
  type ExportedEvent,
} from './export/exported-stream';
export { exportLinesOf, type ExportEnd } from './export/export-end';
export { eventsOfExport, verifyExport, type ExportBytes, type VerifiedExport } from './export/export-reader';
export { importExportedStream, type ImportProgress } from './export/import-exported-stream';
