import { phoneCapableLicenseOf, type Sku } from '../catalogue/skus';
import type { Rulebook } from '../rulebooks/rulebook-names';
import { RULEBOOK_RULES, RULEBOOK_WHEN_NONE_ADOPTED } from '../rulebooks/rulebooks';
import type { AccountState, TenantState } from '../state/tenant-state';

/** R11/R12: compliance flags of a resource account, beside its status (R6). */
export const COMPLIANCE_FLAGS = ['UNLICENSED', 'FULL_LICENCE'] as const;
export type ComplianceFlag = (typeof COMPLIANCE_FLAGS)[number];

export function isComplianceFlag(value: unknown): value is ComplianceFlag {
  return typeof value === 'string' && (COMPLIANCE_FLAGS as readonly string[]).includes(value);
}

/** R12: the full licences that must not stay on a resource account under today's rules. */
export const FULL_LICENSE_SKUS: readonly Sku[] = ['PHONE_SYSTEM', 'E5'];

/** R12: the remedy, in words: the swap to make, in one activity. */
export function fullLicenseRemedy(accountId: string, sku: Sku): string {
  return fullLicenseSwap(accountId, sku);
}

/** R12: `on` the account(s), `licence` the full licence(s) held. */
function fullLicenseSwap(on: string, licence: string): string {
  return (
    `Swap ${licence} for PHONE_SYSTEM_VIRTUAL_USER on ${on} in one licence activity ` +
    `(remove ${licence} and add PHONE_SYSTEM_VIRTUAL_USER together); removing it first and adding later breaks the account (R6).`
  );
}

/** R11: the remedy for an unlicensed resource account. */
export function unlicensedRemedy(accountId: string): string {
  return `Assign PHONE_SYSTEM_VIRTUAL_USER to ${accountId} (buy a Resource Account seat if none is free).`;
}

/**
 * R11/R12: the remedy for every account of a tenant carrying `flag`, where a report counts them
 * instead of naming them (each account view's `complianceRemedy` names its own).
 */
export function complianceFlagRemedy(flag: ComplianceFlag): string {
  const each = 'each of them';
  return flag === 'UNLICENSED'
    ? unlicensedRemedy(each)
    : fullLicenseSwap(each, `the full licence (${FULL_LICENSE_SKUS.join(' or ')})`);
}

/** R11/R12: the flags of `account` under `rulebook` (null: none adopted yet). */
export function complianceOf(account: AccountState, rulebook: Rulebook | null): ComplianceFlag[] {
  if (account.kind !== 'resource') return [];
  const rules = RULEBOOK_RULES[rulebook ?? RULEBOOK_WHEN_NONE_ADOPTED];
  const flags: ComplianceFlag[] = [];
  const phoneCapable = phoneCapableLicenseOf(account.licenses);
  // R11: today every resource account needs a licence; in 2019/2020 only one with a number (R1).
  const needsLicense = rules.everyResourceAccountLicensed || account.phoneNumber !== undefined;
  if (needsLicense && phoneCapable === undefined) flags.push('UNLICENSED');
  // R12: a full Teams Phone Standard (or E5) licence must not stay on a resource account.
  if (rules.flagsFullLicense && account.licenses.some((sku) => FULL_LICENSE_SKUS.includes(sku))) {
    flags.push('FULL_LICENCE');
  }
  return flags;
}

/** R11/R12: how many accounts carry each flag ("reports count it"). */
export type ComplianceCounts = Record<ComplianceFlag, number>;

/** R11/R12: the counts over every account of a tenant, under the rulebook in force. */
export function complianceCountsOfState(state: TenantState): ComplianceCounts {
  return complianceCountsOf(
    Array.from(state.accounts.values(), (account) => ({ compliance: complianceOf(account, state.rulebook) })),
  );
}

export function complianceCountsOf(
  accounts: Iterable<{ readonly compliance: readonly ComplianceFlag[] }>,
): ComplianceCounts {
  const counts: ComplianceCounts = { UNLICENSED: 0, FULL_LICENCE: 0 };
  for (const { compliance } of accounts) for (const flag of compliance) counts[flag] += 1;
  return counts;
}
