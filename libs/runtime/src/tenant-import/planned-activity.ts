import type { ImportSource, LedgerCommand } from '@ledger/licensing';
import { deterministicUuid } from '../activity/activity-ids';

/** One licence activity an import or an audit replay intends to record, decided when its turn comes. */
export interface PlannedActivity {
  /** Derived from (tenant, source file kind, record identity): the same export imported again derives the same ids. */
  readonly commandId: string;
  readonly command: LedgerCommand;
  readonly importedFrom: ImportSource;
  /** What it is about (an account id, a SKU), for the report. */
  readonly subject: string;
  /** Audit replay: the instant the tenant recorded it (ISO-8601 UTC); an import records at its own time. */
  readonly occurredAt?: string;
}

/** The command id of an import's activity: a function of the tenant, the file kind and the record's identity. */
export function importCommandId(tenantId: string, fileKind: string, ...record: readonly string[]): string {
  return deterministicUuid('import', tenantId, fileKind, ...record);
}
