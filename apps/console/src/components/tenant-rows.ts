import type { BrokenAccountRow, TenantQuotaRow } from '../api/types';

/** One tenant of the reports page's table: its quota row with what the other reports add. */
export interface TenantRow {
  readonly tenantId: string;
  readonly rulebook: string;
  readonly phoneSystemSeats: number;
  readonly allocation: number;
  readonly freeHeld: number;
  /** Free seats held as a share of the free allocation; null without allocation or seats. */
  readonly usedPercent: number | null;
  readonly paidHeld: number;
  readonly assigned: number;
  readonly broken: number;
  readonly nonCompliant: number;
  readonly monthlyCost: number;
  readonly overAllocated: boolean;
}

export type SortKey = Exclude<keyof TenantRow, 'overAllocated'>;
export type SortDirection = 'asc' | 'desc';

/** The share of the free allocation held: what ALLOCATION_NEARLY_USED (≥ 90 %) looks at. */
function usedPercentOf(held: number, allocation: number): number | null {
  if (allocation === 0) return held === 0 ? null : Number.POSITIVE_INFINITY;
  return (held / allocation) * 100;
}

/** The table's rows: the quota report's, with each tenant's broken accounts counted from that report. */
export function tenantRowsOf(quota: readonly TenantQuotaRow[], broken: readonly BrokenAccountRow[]): TenantRow[] {
  const brokenBy = new Map<string, number>();
  for (const account of broken) brokenBy.set(account.tenantId, (brokenBy.get(account.tenantId) ?? 0) + 1);
  return quota.map((row) => ({
    tenantId: row.tenantId,
    rulebook: row.rulebook,
    phoneSystemSeats: row.phoneSystemSeats.purchased,
    allocation: row.virtualUser.free.allocation,
    freeHeld: row.virtualUser.free.held,
    usedPercent: usedPercentOf(row.virtualUser.free.held, row.virtualUser.free.allocation),
    paidHeld: row.virtualUser.paid.held,
    assigned: row.virtualUser.assigned,
    broken: brokenBy.get(row.tenantId) ?? 0,
    nonCompliant: row.compliance.UNLICENSED + row.compliance.FULL_LICENCE,
    monthlyCost: row.virtualUser.paid.monthlyCost,
    overAllocated: row.overAllocated,
  }));
}

function compare(a: TenantRow, b: TenantRow, key: SortKey): number {
  const left = a[key];
  const right = b[key];
  if (typeof left === 'string' && typeof right === 'string') return left.localeCompare(right);
  // "No allocation" sorts below every share.
  return (typeof left === 'number' ? left : -1) - (typeof right === 'number' ? right : -1);
}

/** The rows whose tenant id contains the search (any case), sorted; ties keep the tenant id order. */
export function searchAndSort(rows: readonly TenantRow[], search: string, key: SortKey, direction: SortDirection): TenantRow[] {
  const needle = search.trim().toLowerCase();
  const found = needle === '' ? [...rows] : rows.filter((row) => row.tenantId.toLowerCase().includes(needle));
  const sign = direction === 'asc' ? 1 : -1;
  return found.sort((a, b) => sign * compare(a, b, key) || a.tenantId.localeCompare(b.tenantId));
}
