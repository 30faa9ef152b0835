import type { TenantAccountRow } from '../tenant-views/tenant-views-reads';
import { TREND_FIGURES, type TrendPoint } from '../trend/trend-point';
import type { EstateTrend, TenantTrend } from '../trend/trend-reads';
import type { AttentionReason, AttentionSeverity } from './attention-reasons';
import type { AttentionEntry } from './attention-report';
import { mapIterable } from './reports';
import type { QuotaReportRow } from './quota-answer';

/**
 * The CSV shape of each report: a header row, then one flat row per tenant or account. Columns
 * added later go at the end, so a reader of the older columns keeps working.
 */
export const QUOTA_REPORT_COLUMNS = [
  'tenantId',
  'policy',
  'phoneSystemPurchased',
  'phoneSystemAssigned',
  'virtualUserAllocation',
  'virtualUserPurchased',
  'virtualUserAssigned',
  'virtualUserAvailable',
  'overAllocated',
  // R9, R10, R11/R12 (issue 12).
  'rulebook',
  'virtualUserFreeHeld',
  'virtualUserPaidHeld',
  'virtualUserPaidMonthlyCostUsd',
  'overAllocatedBy',
  'unlicensedAccounts',
  'fullLicenceAccounts',
] as const;

export function quotaCsvRow(
  quota: QuotaReportRow,
): Record<(typeof QUOTA_REPORT_COLUMNS)[number], string | number | boolean> {
  return {
    tenantId: quota.tenantId,
    policy: quota.policy,
    phoneSystemPurchased: quota.phoneSystemSeats.purchased,
    phoneSystemAssigned: quota.phoneSystemSeats.assigned,
    virtualUserAllocation: quota.virtualUser.allocation,
    virtualUserPurchased: quota.virtualUser.purchased,
    virtualUserAssigned: quota.virtualUser.assigned,
    virtualUserAvailable: quota.virtualUser.available,
    overAllocated: quota.overAllocated,
    rulebook: quota.rulebook,
    virtualUserFreeHeld: quota.virtualUser.free.held,
    virtualUserPaidHeld: quota.virtualUser.paid.held,
    virtualUserPaidMonthlyCostUsd: quota.virtualUser.paid.monthlyCost,
    overAllocatedBy: quota.overAllocatedBy,
    unlicensedAccounts: quota.compliance.UNLICENSED,
    fullLicenceAccounts: quota.compliance.FULL_LICENCE,
  };
}

export const BROKEN_ACCOUNTS_COLUMNS = [
  'tenantId',
  'accountId',
  'displayName',
  'resourceType',
  'phoneNumber',
  'licenses',
  'removedInActivity',
  'assignedInActivity',
  'brokenAt',
] as const;

export function brokenAccountCsvRow({
  tenantId,
  account,
}: TenantAccountRow): Record<(typeof BROKEN_ACCOUNTS_COLUMNS)[number], string> {
  return {
    tenantId,
    accountId: account.accountId,
    displayName: account.displayName,
    resourceType: account.resourceType ?? '',
    phoneNumber: account.phoneNumber ?? '',
    licenses: account.licenses.join(' '),
    removedInActivity: account.brokenBy?.removedInActivity ?? '',
    assignedInActivity: account.brokenBy?.assignedInActivity ?? '',
    brokenAt: account.brokenBy?.at ?? '',
  };
}

/** SPEC §6 trend point, one CSV row each: the figures in the JSON's order; `rulebook` empty where tenants differ. */
export const TREND_POINT_COLUMNS = [
  'at',
  'rulebook',
  ...TREND_FIGURES,
  'forecast',
] as const satisfies readonly (keyof TrendPoint)[];

/** A tenant's trend: its id on every row, then the point. */
export const TENANT_TREND_COLUMNS = ['tenantId', ...TREND_POINT_COLUMNS] as const;

/** The all-tenant trend: the point, then how many tenants it sums. */
export const ESTATE_TREND_COLUMNS = [...TREND_POINT_COLUMNS, 'tenants'] as const;

export function tenantTrendCsvRows({
  tenantId,
  points,
}: TenantTrend): IterableIterator<Record<string, unknown>> {
  return mapIterable(points, (point) => ({ tenantId, ...point }));
}

export function estateTrendCsvRows({ points }: EstateTrend): IterableIterator<Record<string, unknown>> {
  return mapIterable(points, (point) => ({ ...point, rulebook: point.rulebook ?? '' }));
}

/** SPEC §6 attention, one CSV row per reason: the tenant and its (worst) severity on each, then the reason's. */
export const ATTENTION_COLUMNS = [
  'tenantId',
  'severity',
  'code',
  'reasonSeverity',
  'count',
  'message',
  'remedy',
] as const;

/** An interface would not be a `Record<string, unknown>` to the CSV writers: a type alias is. */
export type AttentionCsvRow = Pick<AttentionReason, 'code' | 'count' | 'message' | 'remedy'> & {
  readonly tenantId: string;
  readonly severity: AttentionSeverity;
  readonly reasonSeverity: AttentionSeverity;
};

export function* attentionCsvRows(entries: Iterable<AttentionEntry>): IterableIterator<AttentionCsvRow> {
  for (const { tenantId, severity, reasons } of entries) {
    for (const { code, severity: reasonSeverity, count, message, remedy } of reasons) {
      yield { tenantId, severity, code, reasonSeverity, count, message, remedy };
    }
  }
}
