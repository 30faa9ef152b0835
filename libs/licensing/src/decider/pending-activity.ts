import type { LedgerEvent, LedgerEventEnvelope } from '../events/events';
import { evolve } from '../state/evolve';
import type { TenantState } from '../state/tenant-state';

/**
 * The activity being decided has no id or time yet (they come with the append); all its
 * events share this stand-in, which is all the status rules need to see (R5, R6).
 */
const PENDING_ACTIVITY: Omit<LedgerEventEnvelope, 'event'> = {
  activityId: '(pending activity)',
  occurredAt: '',
};

export function pending(event: LedgerEvent): LedgerEventEnvelope {
  // Written out, not spread: every event of every decision passes here.
  return { activityId: PENDING_ACTIVITY.activityId, occurredAt: PENDING_ACTIVITY.occurredAt, event };
}

/** The state once `event` is part of the activity being decided, so later checks see it (R5). */
export function afterPending(state: TenantState, event: LedgerEvent): TenantState {
  return evolve(state, pending(event));
}
