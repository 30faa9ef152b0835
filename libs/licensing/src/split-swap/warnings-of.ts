import { evolve } from '../state/evolve';
import type { LedgerEvent, LedgerEventEnvelope } from '../events/events';
import { isPhoneCapable, type Sku } from '../catalogue/skus';
import { FULL_LICENSE_SKUS, fullLicenseRemedy } from '../compliance/compliance';
import { rulebookInForce, rulesInForce } from '../rulebooks/rulebook-in-force';
import type { TenantState } from '../state/tenant-state';
import type { LedgerWarning } from './warnings';

/**
 * The warnings an event deserves, judged on the state just before it. The one place warnings
 * are made: `decide` answers with them, and whoever folds stored events gets the same
 * answer again later (an idempotent retry).
 */
export function warningsOf(event: LedgerEvent, stateBefore: TenantState): LedgerWarning[] {
  if (event.type === 'LicenseAssigned')
    return fullLicenseWarnings(event.data.accountId, event.data.sku, stateBefore);
  if (event.type === 'LicenseSwapped')
    return fullLicenseWarnings(event.data.accountId, event.data.toSku, stateBefore);
  if (event.type !== 'LicenseUnassigned') return [];
  const { accountId, sku, reason } = event.data;
  // Deletion and replacement take the account away in the same activity: nothing to warn about.
  if (reason !== 'removed' || !isPhoneCapable(sku)) return [];
  const account = stateBefore.accounts.get(accountId);
  if (account === undefined) return [];
  if (account.kind !== 'resource' && account.phoneNumber === undefined) return [];
  // R8: allowed, but this is the first half of a split swap (R6).
  const number =
    account.phoneNumber === undefined ? '' : ` Its phone number ${account.phoneNumber} needs one (R1).`;
  return [
    {
      code: 'SPLIT_SWAP_RISK',
      accountId,
      message:
        `Account ${accountId} no longer holds a phone-capable licence (${sku} was removed).${number} ` +
        'Adding a phone-capable licence to it in a later, separate activity breaks a resource account (split swap). ' +
        'To change its licence, swap in one activity (remove and add together), ' +
        'or replace the account with a new resource account holding the Virtual User licence.',
    },
  ];
}

/** R12: a full licence put on a resource account under a rulebook that flags it. */
function fullLicenseWarnings(accountId: string, sku: Sku, stateBefore: TenantState): LedgerWarning[] {
  if (!rulesInForce(stateBefore).flagsFullLicense || !FULL_LICENSE_SKUS.includes(sku)) return [];
  if (stateBefore.accounts.get(accountId)?.kind !== 'resource') return [];
  return [
    {
      code: 'FULL_LICENCE_ON_RESOURCE_ACCOUNT',
      accountId,
      message:
        `Resource account ${accountId} now holds ${sku}, a full licence; under rulebook ` +
        `${rulebookInForce(stateBefore)} a resource account takes the Teams Phone Resource Account licence. ` +
        fullLicenseRemedy(accountId, sku),
    },
  ];
}

/** The warnings of a whole activity, event by event, each judged on the state before it. */
export function warningsOfActivity(
  envelopes: readonly LedgerEventEnvelope[],
  stateBefore: TenantState,
): LedgerWarning[] {
  const warnings: LedgerWarning[] = [];
  let state = stateBefore;
  for (const envelope of envelopes) {
    warnings.push(...warningsOf(envelope.event, state));
    state = evolve(state, envelope);
  }
  return warnings;
}
