import type { AccountKind, ResourceType } from '../events/events';
import { phoneCapableLicenseOf, type Sku } from '../catalogue/skus';
import type { AccountState, AccountStatus } from '../state/tenant-state';
import type { Rulebook } from '../rulebooks/rulebook-names';
import {
  complianceOf,
  fullLicenseRemedy,
  unlicensedRemedy,
  type ComplianceFlag,
} from '../compliance/compliance';

export type AccountStatusName = AccountStatus['status'];
export const ACCOUNT_STATUSES: readonly AccountStatusName[] = ['healthy', 'at-risk', 'broken'];

export function isAccountStatusName(value: unknown): value is AccountStatusName {
  return typeof value === 'string' && (ACCOUNT_STATUSES as readonly string[]).includes(value);
}

/** SPEC §3 account view. */
export interface AccountView {
  readonly accountId: string;
  readonly displayName: string;
  readonly kind: AccountKind;
  /** Null for user accounts. */
  readonly resourceType: ResourceType | null;
  readonly licenses: Sku[];
  /** Null when the account has none. */
  readonly phoneNumber: string | null;
  readonly status: AccountStatusName;
  /** Why the account has this status, in a sentence an administrator can act on. */
  readonly statusReason: string;
  /** R11/R12: compliance flags under the rulebook in force, beside the status. */
  readonly compliance: ComplianceFlag[];
  /** R11/R12: what to do about the flags, in words; null when there are none. */
  readonly complianceRemedy: string | null;
  /** Present when broken (R6): the two activities of the split swap. */
  readonly brokenBy?: {
    readonly removedInActivity: string;
    readonly assignedInActivity: string;
    readonly at: string;
  };
}

/** The account view of `account` in a tenant governed by `rulebook` (the state's `rulebook`). */
export function accountViewOf(account: AccountState, rulebook: Rulebook | null): AccountView {
  const compliance = complianceOf(account, rulebook);
  const view: AccountView = {
    accountId: account.accountId,
    displayName: account.displayName,
    kind: account.kind,
    resourceType: account.resourceType ?? null,
    licenses: [...account.licenses],
    phoneNumber: account.phoneNumber ?? null,
    status: account.status.status,
    statusReason: statusReasonOf(account, compliance),
    compliance,
    complianceRemedy: complianceRemedyOf(account, compliance),
  };
  return account.status.status === 'broken' ? { ...view, brokenBy: { ...account.status.brokenBy } } : view;
}

function complianceRemedyOf(account: AccountState, flags: readonly ComplianceFlag[]): string | null {
  // UNLICENSED (no phone-capable licence) and FULL_LICENCE (holds one) never come together.
  if (flags.includes('UNLICENSED')) return unlicensedRemedy(account.accountId);
  const full = phoneCapableLicenseOf(account.licenses);
  if (flags.includes('FULL_LICENCE') && full !== undefined) return fullLicenseRemedy(account.accountId, full);
  return null;
}

function statusReasonOf(account: AccountState, compliance: readonly ComplianceFlag[]): string {
  const { status } = account;
  switch (status.status) {
    case 'healthy':
      return healthyReasonOf(account, compliance);
    case 'at-risk':
      return (
        `The phone-capable licence was removed in activity ${status.removedInActivity} (${status.since}) ` +
        'and none was assigned in the same activity. Assigning one in a later, separate activity ' +
        'breaks this resource account; replace the account instead.'
      );
    case 'broken':
      return (
        `Split swap: the phone-capable licence was removed in activity ${status.brokenBy.removedInActivity} ` +
        `and a phone-capable licence was assigned in the later activity ${status.brokenBy.assignedInActivity} ` +
        `(${status.brokenBy.at}), so this resource account may not work. ` +
        'Replace it with a new resource account holding the Virtual User licence, then the broken one is deleted.'
      );
    default: {
      const unknownStatus: never = status;
      throw new Error(`Unknown account status ${String(unknownStatus)}`);
    }
  }
}

function healthyReasonOf(account: AccountState, compliance: readonly ComplianceFlag[]): string {
  if (account.kind === 'user') return 'A user account; split swaps only concern resource accounts.';
  const phoneCapable = phoneCapableLicenseOf(account.licenses);
  if (phoneCapable !== undefined)
    return `The resource account holds ${phoneCapable}, a phone-capable licence.`;
  if (account.phoneNumber !== undefined) {
    return `The resource account has phone number ${account.phoneNumber} but no phone-capable licence.`;
  }
  // R11: under today's rules a resource account needs a licence whether or not it has a number.
  if (compliance.includes('UNLICENSED')) {
    return 'The resource account has no phone number and no licence; every resource account needs one (R11).';
  }
  return 'The resource account has no phone number, so it needs no licence.';
}

/** The accounts list's filters (SPEC §3 `status`, R11/R12 `compliance`), both optional. */
export interface AccountListFilter {
  readonly status?: AccountStatusName;
  readonly compliance?: ComplianceFlag;
}

/** Whether `view` passes the list's filters: both applied, an absent one passes every account. */
export function matchesAccountFilter(filter: AccountListFilter): (view: AccountView) => boolean {
  return (view) =>
    (filter.status === undefined || view.status === filter.status) &&
    (filter.compliance === undefined || view.compliance.includes(filter.compliance));
}
