import { allocationFor, DEFAULT_ALLOCATION_POLICY, type AllocationPolicy } from './allocation-policy';
import { SKUS, SKU_CATALOG, VIRTUAL_USER_SKU } from '../catalogue/skus';
import type { SeatCount, TenantState } from '../state/tenant-state';

/** A tenant's Virtual User quota (SPEC §3 quota view, without tenantId and position, which the API adds). */
export interface QuotaView {
  /** The policy of the latest purchase; null before any purchase. */
  readonly policy: AllocationPolicy | null;
  /** Seats of the SKUs that count for the allocation (PHONE_SYSTEM and E5): N is `purchased`. */
  readonly phoneSystemSeats: SeatCount;
  readonly virtualUser: {
    /** A(N) under the policy. */
    readonly allocation: number;
    readonly purchased: number;
    readonly assigned: number;
    /** Purchased seats free to assign. */
    readonly available: number;
    /** How many more may still be purchased under the allocation. */
    readonly purchasable: number;
  };
  /** Cancelled Phone System seats pushed A(N) below the Virtual User seats already purchased. */
  readonly overAllocated: boolean;
}

/** R2: N, the purchased seats of the Phone-System-bearing SKUs. */
export function allocationBaseOf(state: TenantState): number {
  let seats = 0;
  for (const sku of SKUS) if (SKU_CATALOG[sku].countsForAllocation) seats += state.seats[sku].purchased;
  return seats;
}

export function quotaOf(state: TenantState): QuotaView {
  let purchased = 0;
  let assigned = 0;
  for (const sku of SKUS) {
    if (!SKU_CATALOG[sku].countsForAllocation) continue;
    purchased += state.seats[sku].purchased;
    assigned += state.seats[sku].assigned;
  }
  // R2: before any purchase there is no recorded policy; the default gives A(0) = 0 anyway.
  const allocation = allocationFor(state.policy ?? DEFAULT_ALLOCATION_POLICY, purchased);
  const virtualUser = state.seats[VIRTUAL_USER_SKU];
  return {
    policy: state.policy,
    phoneSystemSeats: { purchased, assigned },
    virtualUser: {
      allocation,
      purchased: virtualUser.purchased,
      assigned: virtualUser.assigned,
      available: Math.max(0, virtualUser.purchased - virtualUser.assigned),
      purchasable: Math.max(0, allocation - virtualUser.purchased),
    },
    overAllocated: virtualUser.purchased > allocation,
  };
}
