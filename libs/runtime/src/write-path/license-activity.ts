import type { LedgerCommand, LedgerEvent, LedgerEventType, LedgerWarning } from '@ledger/licensing';

/** Who asked, and how to recognise the same request again. */
export interface ActivityContext {
  readonly actor: string;
  readonly correlationId: string;
  readonly idempotency?: { readonly key: string; readonly requestHash: string };
  /**
   * For a command the service sends itself whose decision is idempotent on its own (R13's expiry:
   * a purchase already expired decides nothing): the key its command id, hence its event ids,
   * derive from, so every instance and retry appends the same events and the store keeps them
   * once. Unlike `idempotency`, a repeat is decided again on the caught-up state, not looked up
   * in the log: that lookup scans the whole stream of a tenant whose model has forgotten the key
   * while the keyed-activity index lags (a rebuild), about a second for 50,000 events.
   */
  readonly commandKey?: string;
  /** From `If-Match`: the revision the caller last saw; a stale one is refused, not retried. */
  readonly expectedRevision?: bigint | null;
}

/** One licence activity (R5) asked of one tenant: a domain command and who asks it. */
export interface LicenseActivityRequest {
  readonly tenantId: string;
  readonly command: LedgerCommand;
  readonly context: ActivityContext;
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

/** The body of every write answer (SPEC §3), as the API sends it and the CLI prints it. */
export interface WriteAnswer {
  readonly activityId: string | null;
  readonly revision: number;
  readonly events: readonly LedgerEventType[];
  readonly warnings: readonly LedgerWarning[];
  readonly purchaseId?: string;
}

export function writeAnswerOf(outcome: ActivityOutcome): WriteAnswer {
  const purchase = outcome.events.find((event) => event.type === 'LicensePurchased');
  return {
    activityId: outcome.activityId,
    revision: outcome.revision === null ? -1 : Number(outcome.revision),
    events: outcome.events.map((event) => event.type),
    warnings: outcome.warnings,
    ...(purchase === undefined ? {} : { purchaseId: purchase.data.purchaseId }),
  };
}
