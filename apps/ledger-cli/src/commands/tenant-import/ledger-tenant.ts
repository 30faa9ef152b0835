import type { EventStore } from '@ledger/event-store';
import type { TenantState } from '@ledger/licensing';
import { foldTenantStream, unfoldedTenant } from '@ledger/projections';
import { AUDIT_LOG_FILE } from '@ledger/runtime';

/** A tenant as the ledger holds it, with what an import and an audit replay need to know of its log. */
export interface LedgerTenant {
  readonly state: TenantState;
  readonly revision: bigint | null;
  /** `occurredAt` of the newest event; '' before the first. */
  readonly latestOccurredAt: string;
  /** Activity id → the audit record it replayed (`importedFrom` of file `audit-log`). */
  readonly auditRecordOfActivity: ReadonlyMap<string, string>;
}

/** The tenant's stream folded once with the domain's own fold. */
export async function readLedgerTenant(store: EventStore, tenantId: string): Promise<LedgerTenant> {
  const auditRecordOfActivity = new Map<string, string>();
  const folded = await foldTenantStream(store, tenantId, unfoldedTenant(), {
    observe: (_recorded, { metadata }) => {
      if (metadata.importedFrom?.file === AUDIT_LOG_FILE) {
        auditRecordOfActivity.set(metadata.activityId, metadata.importedFrom.record);
      }
    },
  });
  return {
    state: folded.state,
    revision: folded.revision,
    latestOccurredAt: folded.reachedAt,
    auditRecordOfActivity,
  };
}
