import { refuse, type DomainError } from '../decider/domain-error';
import type { Sku } from '../catalogue/skus';
import type { TenantState } from '../state/tenant-state';

/** R4: every assignment needs a free purchased seat of that SKU; the refusal when there is none. */
export function noFreeSeat(state: TenantState, sku: Sku): DomainError | undefined {
  const { purchased, assigned } = state.seats[sku];
  if (assigned < purchased) return undefined; // R4: assigned < purchased
  return refuse(
    'NO_SEAT_AVAILABLE',
    `No free ${sku} seat: ${assigned} of ${purchased} purchased are assigned.`,
    {
      sku,
      purchased,
      assigned,
    },
  );
}
