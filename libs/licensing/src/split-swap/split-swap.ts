import type { LedgerEventEnvelope, UnassignReason } from '../events/events';
import { isPhoneCapable, phoneCapableLicenseOf, type Sku } from '../catalogue/skus';
import type { AccountState, AccountStatus } from '../state/tenant-state';

/**
 * R6 status transitions of a resource account. The ledger records what the administrator
 * did and never refuses a split swap; these functions only say what it did to the account.
 */

export const HEALTHY: AccountStatus = { status: 'healthy' };

/** The facts of the activity an event belongs to. */
export type ActivityFacts = Pick<LedgerEventEnvelope, 'activityId' | 'occurredAt'>;

/** R6: status once `sku` was taken away for `reason`, leaving the account with `remaining`. */
export function statusAfterUnassign(
  account: AccountState,
  sku: Sku,
  reason: UnassignReason,
  remaining: readonly Sku[],
  activity: ActivityFacts,
): AccountStatus {
  // Only a healthy resource account can become at-risk; a broken one stays broken (R7).
  if (account.kind !== 'resource' || account.status.status !== 'healthy') return account.status;
  // Deletion and replacement retire the account in this same activity: nothing can follow.
  if (reason !== 'removed' || !isPhoneCapable(sku)) return account.status;
  if (phoneCapableLicenseOf(remaining) !== undefined) return account.status;
  // R6: left without a phone-capable licence; a later, separate assignment would break it.
  return { status: 'at-risk', removedInActivity: activity.activityId, since: activity.occurredAt };
}

/** R6: status once `sku` was assigned. */
export function statusAfterAssign(account: AccountState, sku: Sku, activity: ActivityFacts): AccountStatus {
  const { status } = account;
  if (status.status !== 'at-risk' || !isPhoneCapable(sku)) return status;
  // Removed and assigned within one activity is what a swap is (R5): no harm done.
  if (activity.activityId === status.removedInActivity) return HEALTHY;
  // R6: the split swap is complete, the account may stop working.
  return {
    status: 'broken',
    brokenBy: {
      removedInActivity: status.removedInActivity,
      assignedInActivity: activity.activityId,
      at: activity.occurredAt,
    },
  };
}

/**
 * R5: a swap happens within one activity, so it never changes the status: a healthy account
 * stays healthy, and a broken one stays broken (R7). An at-risk account holds no
 * phone-capable licence, so it cannot swap one away.
 */
export function statusAfterSwap(account: AccountState): AccountStatus {
  return account.status;
}
