import { Command } from '@nestjs/cqrs';
import type { LedgerCommand, LedgerEvent, LedgerWarning } from '@ledger/licensing';

/** Who asked, and how to recognise the same request again. */
export interface ActivityContext {
  readonly actor: string;
  readonly correlationId: string;
  readonly idempotency?: { readonly key: string; readonly requestHash: string };
  /** From `If-Match`: the revision the caller last saw; a stale one is refused, not retried. */
  readonly expectedRevision?: bigint | null;
}

/** What a write answers (SPEC §3): the activity, the stream revision after it, its events and warnings. */
export interface ActivityOutcome {
  /** Null when the command changed nothing (e.g. assigning a number the account already has). */
  readonly activityId: string | null;
  readonly revision: bigint | null;
  readonly events: readonly LedgerEvent[];
  readonly warnings: readonly LedgerWarning[];
  /** True when this is the recorded answer to an earlier request with the same Idempotency-Key. */
  readonly replayed: boolean;
}

/** One licence activity (R5): a domain command decided and appended atomically for one tenant. */
export class RecordLicenseActivity extends Command<ActivityOutcome> {
  constructor(
    readonly tenantId: string,
    readonly command: LedgerCommand,
    readonly context: ActivityContext,
  ) {
    super();
  }
}
