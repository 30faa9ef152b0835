import type { TenantAccountRow } from '../tenant-views/tenant-views-reads';
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
