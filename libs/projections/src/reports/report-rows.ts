import type { TenantAccountRow } from '../tenant-views/tenant-views-reads';
import type { QuotaAnswer } from './quota-answer';

/** The CSV shape of each report: a header row, then one flat row per tenant or account. */
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
] as const;

export function quotaCsvRow(
  quota: QuotaAnswer,
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
