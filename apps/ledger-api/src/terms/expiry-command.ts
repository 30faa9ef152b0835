import { createHash } from 'node:crypto';
import { RecordLicenseActivity } from '../commands/record-license-activity.command';

/** R13: who records an expiry in the log: the service itself, no caller. */
export const EXPIRY_ACTOR = 'ledger';

/** A term of one purchase that has ended: what the scheduler expires. */
export interface EndedTerm {
  readonly tenantId: string;
  readonly purchaseId: string;
  readonly endsAt: string;
}

/** The Idempotency-Key of a term's expiry (see expiryActivity). */
export function expiryKeyOf({ purchaseId, endsAt }: EndedTerm): string {
  return `subscription-expiry ${purchaseId} ${endsAt}`;
}

/**
 * R13: the expiry of one term as a licence activity. Its Idempotency-Key is a function of the
 * purchase and the term's end, so its command id, hence its event ids, are the same on every
 * instance, after any restart and on every retry: the store appends it once, and the handler
 * answers a repeat from the log. A renewal moves `endsAt`, so the renewed term gets a new key.
 * The key holds spaces, which no client's Idempotency-Key may (http/write-headers.ts), so a
 * client can neither take it first nor collide with it.
 */
export function expiryActivity(
  { tenantId, purchaseId, endsAt }: EndedTerm,
  now: Date,
): RecordLicenseActivity {
  const key = `subscription-expiry ${purchaseId} ${endsAt}`;
  return new RecordLicenseActivity(
    tenantId,
    { type: 'ExpireSubscription', purchaseId, now: now.toISOString() },
    {
      actor: EXPIRY_ACTOR,
      correlationId: key,
      // The same request whatever the instant it is sent at: `now` only decides whether it is due.
      idempotency: { key, requestHash: createHash('sha256').update(key).digest('base64url') },
    },
  );
}
