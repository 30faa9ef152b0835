import type { Rulebook } from '@ledger/licensing';
import type { TenantFigures } from '../as-of/tenant-figures';

/** SPEC §6: the figures of a trend point, each read off the views the tenant's reads already compute. */
export interface TrendFigures {
  /** R2/R9: the free Resource Account (Virtual User) allocation A(N): the quota view's `virtualUser.free.allocation`. */
  readonly allocation: number;
  /** R10: the free Resource Account seats held (`virtualUser.free.held`). */
  readonly free: number;
  /** R10: the Resource Account seats bought beyond the allocation (`virtualUser.paid.held`). */
  readonly paid: number;
  /** Resource Account seats assigned (`virtualUser.assigned`). */
  readonly assigned: number;
  /** N: seats of the SKUs counting for the allocation under the rulebook in force (`phoneSystemSeats.purchased`). */
  readonly phoneSystemSeats: number;
  /** R6: resource accounts broken by a split swap. */
  readonly broken: number;
  /** R11/R12: resource accounts carrying a compliance flag (UNLICENSED and FULL_LICENCE never come together). */
  readonly nonCompliant: number;
  /** R10: what the paid seats cost a month, in USD (`virtualUser.paid.monthlyCost`). */
  readonly monthlyCost: number;
}

/** SPEC §6 trend point of one tenant: the state at `at`, the end of an interval. */
export interface TrendPoint extends TrendFigures {
  /** ISO-8601 UTC: the end of the interval (the last one clipped to `to`). */
  readonly at: string;
  /** R9: the rulebook in force at `at` (before a tenant's first write: the one it would adopt). */
  readonly rulebook: Rulebook;
  /** R13: `at` is after the time of the request, so the point is a forecast from the terms recorded. */
  readonly forecast: boolean;
}

export const TREND_FIGURES: readonly (keyof TrendFigures)[] = [
  'allocation',
  'free',
  'paid',
  'assigned',
  'phoneSystemSeats',
  'broken',
  'nonCompliant',
  'monthlyCost',
];

/** The trend figures of a tenant, read off its quota view and account tally (no rule restated). */
export function trendFiguresOf({ quota, compliance, broken }: TenantFigures): TrendFigures {
  return {
    allocation: quota.virtualUser.free.allocation,
    free: quota.virtualUser.free.held,
    paid: quota.virtualUser.paid.held,
    assigned: quota.virtualUser.assigned,
    phoneSystemSeats: quota.phoneSystemSeats.purchased,
    broken,
    nonCompliant: compliance.UNLICENSED + compliance.FULL_LICENCE,
    monthlyCost: quota.virtualUser.paid.monthlyCost,
  };
}
