import { RecordLicenseActivity } from '../commands/record-license-activity.command';

/** R13: who records an expiry in the log: the service itself, no caller. */
export const EXPIRY_ACTOR = 'ledger';

/** A term of one purchase that has ended: what the scheduler expires. */
export interface EndedTerm {
  readonly tenantId: string;
  readonly purchaseId: string;
  readonly endsAt: string;
}

/** The key a term's expiry derives its command id from (see expiryActivity). */
export function expiryKeyOf({ purchaseId, endsAt }: EndedTerm): string {
  return `subscription-expiry ${purchaseId} ${endsAt}`;
}

/**
 * R13: the expiry of one term as a licence activity. Its command key is a function of the
 * purchase and the term's end, so its command id, hence its event ids, are the same on every
 * instance, after any restart and on every retry: the store appends it once. A repeat is decided
 * again on the caught-up state, where the purchase has expired, and decides nothing: cheap, where
 * looking the key up in the log scanned the tenant's whole stream whenever its model had forgotten
 * the key and the keyed-activity index lagged (each of a long tenant's stale terms, on every run
 * of a rebuild). A renewal moves `endsAt`, so the renewed term gets a new key. The key holds
 * spaces, which no client's Idempotency-Key may (http/write-headers.ts), so a client's request can
 * never derive the same ids.
 */
export function expiryActivity(term: EndedTerm, now: Date): RecordLicenseActivity {
  const key = expiryKeyOf(term);
  return new RecordLicenseActivity(
    term.tenantId,
    // `now` only decides whether the term is due; the events decided do not depend on it.
    { type: 'ExpireSubscription', purchaseId: term.purchaseId, now: now.toISOString() },
    { actor: EXPIRY_ACTOR, correlationId: key, commandKey: key },
  );
}
