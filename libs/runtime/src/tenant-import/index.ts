// Reading a tenant as the vendor's tools export it: parse, reconcile with the ledger, record the differences, replay the audit log.
export * from './import-format-error';
export * from './tenant-export';
export * from './parse-tenant-export';
export * from './read-export-directory';
export * from './audit-log';
export * from './tenant-in-ledger-terms';
export * from './reconciliation';
export * from './planned-activity';
export * from './import-plan';
export * from './record-activities';
export * from './audit-replay';
