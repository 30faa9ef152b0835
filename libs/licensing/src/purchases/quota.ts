import type { AllocationPolicy } from './allocation-policy';
import { SKU_CATALOG, SKUS, VIRTUAL_USER_SKU, type Sku } from '../catalogue/skus';
import { rulebookInForce } from '../rulebooks/rulebook-in-force';
import type { Rulebook } from '../rulebooks/rulebook-names';
import { allocationUnder, policyOfRulebook, qualifyingSkusOf } from '../rulebooks/rulebooks';
import { expiringAt, expiringTerms, type ExpiringTerm } from '../terms/expiring';
import type { SeatCount, TenantState } from '../state/tenant-state';

/** R13: a SKU with more seats assigned than held (after an expiry or a cancellation). */
export interface Shortfall {
  readonly sku: Sku;
  readonly assigned: number;
  readonly held: number;
}

/** A tenant's quota (SPEC §3 and §6 quota view, without tenantId and position, which the API adds). */
export interface QuotaView {
  /** R9: the rulebook in force; null before the tenant adopted one. */
  readonly rulebook: Rulebook | null;
  /** Derived from the rulebook (SPEC §6): seed for 2019, per-ten otherwise; null with no rulebook. */
  readonly policy: AllocationPolicy | null;
  /** Seats of the SKUs that count for N under the rulebook in force: N is `purchased`. */
  readonly phoneSystemSeats: SeatCount;
  readonly virtualUser: {
    /** The free allocation A(N) under the rulebook in force. */
    readonly allocation: number;
    /** Resource Account seats held, free and paid. */
    readonly purchased: number;
    readonly assigned: number;
    /** Seats held and not assigned. */
    readonly available: number;
    /** How many more free seats the allocation allows. */
    readonly purchasable: number;
    /** R10: the free seats: the allocation, the free seats held, and how many more it allows. */
    readonly free: { readonly allocation: number; readonly held: number; readonly available: number };
    /** R10: the seats bought beyond the free allocation (0 before `current`) and their monthly cost in USD. */
    readonly paid: { readonly held: number; readonly monthlyCost: number };
  };
  /** R10/R13: free seats held beyond the allocation, or assignments beyond the seats held. */
  readonly overAllocated: boolean;
  /** R10: free seats held beyond the allocation. */
  readonly overAllocatedBy: number;
  /** R13: SKUs with more seats assigned than held. */
  readonly shortfalls: readonly Shortfall[];
  /** R13: terms ending within 30 days of `now` (every live term when no instant is given). */
  readonly expiring: readonly ExpiringTerm[];
}

/** R2/R9: N, the purchased seats of the SKUs that qualify under the rulebook in force. */
export function allocationBaseOf(state: TenantState): number {
  let seats = 0;
  for (const sku of qualifyingSkusOf(rulebookInForce(state))) seats += state.seats[sku].purchased;
  return seats;
}

/** R2/R9: A(N) under the rulebook in force. */
export function allocationOf(state: TenantState): number {
  return allocationUnder(rulebookInForce(state), allocationBaseOf(state));
}

/** The quota view of `state`; `now` (ISO-8601) is the instant `expiring` is judged from. */
export function quotaOf(state: TenantState, now?: string): QuotaView {
  let purchased = 0;
  let assigned = 0;
  for (const sku of qualifyingSkusOf(rulebookInForce(state))) {
    purchased += state.seats[sku].purchased;
    assigned += state.seats[sku].assigned;
  }
  const allocation = allocationOf(state);
  const virtualUser = state.seats[VIRTUAL_USER_SKU];
  const freeHeld = state.freeVirtualUserSeats;
  const paidHeld = virtualUser.purchased - freeHeld;
  const freeAvailable = Math.max(0, allocation - freeHeld);
  // R10: the allocation shrank below the free seats already held.
  const overAllocatedBy = Math.max(0, freeHeld - allocation);
  const shortfalls = shortfallsOf(state);
  return {
    rulebook: state.rulebook,
    policy: state.rulebook === null ? null : policyOfRulebook(state.rulebook),
    phoneSystemSeats: { purchased, assigned },
    virtualUser: {
      allocation,
      purchased: virtualUser.purchased,
      assigned: virtualUser.assigned,
      available: Math.max(0, virtualUser.purchased - virtualUser.assigned),
      purchasable: freeAvailable,
      free: { allocation, held: freeHeld, available: freeAvailable },
      paid: { held: paidHeld, monthlyCost: paidHeld * SKU_CATALOG[VIRTUAL_USER_SKU].listPriceUsd },
    },
    overAllocated: overAllocatedBy > 0 || shortfalls.length > 0,
    overAllocatedBy,
    shortfalls,
    expiring: expiringTerms(state, now),
  };
}

/**
 * Whether `quotaOf` is sure to answer the same for both states: it reads the rulebook, the seats,
 * the free Virtual User seats and the live purchases (their terms) and nothing else, and states
 * share what an event did not touch (`evolve`), so comparing those four by identity suffices.
 * A projection that keeps the quota after every event skips computing it again when this holds.
 */
export function sameQuotaInputs(before: TenantState, after: TenantState): boolean {
  return (
    before.rulebook === after.rulebook &&
    before.seats === after.seats &&
    before.freeVirtualUserSeats === after.freeVirtualUserSeats &&
    before.purchases === after.purchases
  );
}

/**
 * R13: a quota view computed without an instant (as the projections store it, every live term in
 * `expiring`) as read at `now`: only the terms ending within 30 days of it.
 */
export function quotaReadAt(view: QuotaView, now: string): QuotaView {
  return { ...view, expiring: expiringAt(view.expiring, now) };
}

/** R13: assignments left beyond the seats held. */
function shortfallsOf(state: TenantState): Shortfall[] {
  const shortfalls: Shortfall[] = [];
  for (const sku of SKUS) {
    const { purchased, assigned } = state.seats[sku];
    if (assigned > purchased) shortfalls.push({ sku, assigned, held: purchased });
  }
  return shortfalls;
}
