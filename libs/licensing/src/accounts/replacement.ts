import { retirementOf } from './accounts';
import type { ReplaceAccount } from '../decider/commands';
import { refuse, type DomainError } from '../decider/domain-error';
import { afterPending } from '../decider/pending-activity';
import type { LedgerEvent } from '../events/events';
import { isDisplayName, isLedgerId, LEDGER_ID_PATTERN } from '../decider/formats';
import { noFreeSeat } from '../purchases/seats';
import { isPhoneCapable, VIRTUAL_USER_SKU } from '../catalogue/skus';
import type { TenantState } from '../state/tenant-state';

/**
 * R6 remedy, as one activity: a new resource account with the Virtual User licence takes
 * over the old one's phone number and other licences, and the old account is deleted (R7).
 * The new account is healthy whatever the old one was.
 */
export function decideReplaceAccount(
  command: ReplaceAccount,
  state: TenantState,
): LedgerEvent[] | DomainError {
  const { accountId, newAccountId, displayName } = command;
  if (!isLedgerId(newAccountId)) {
    return refuse('INVALID_COMMAND', `Account id must match ${LEDGER_ID_PATTERN.source}.`, { newAccountId });
  }
  if (displayName !== undefined && !isDisplayName(displayName)) {
    return refuse('INVALID_COMMAND', 'The display name must not be blank.');
  }
  if (newAccountId === accountId) {
    return refuse('INVALID_COMMAND', 'The replacement needs a new account id.', { accountId, newAccountId });
  }
  const old = state.accounts.get(accountId);
  if (old === undefined) return refuse('NOT_FOUND', `Account ${accountId} does not exist.`, { accountId });
  if (old.kind !== 'resource' || old.resourceType === undefined) {
    return refuse(
      'NOT_A_RESOURCE_ACCOUNT',
      `Only a resource account can be replaced; ${accountId} is a user.`,
      {
        accountId,
      },
    );
  }
  if (state.accounts.has(newAccountId)) {
    return refuse('ACCOUNT_EXISTS', `Account ${newAccountId} already exists.`, { accountId: newAccountId });
  }

  // The old account's seats are freed first, so its own Virtual User seat can move over.
  const retired = retirementOf(old, 'replaced');
  const afterRetirement = retired.reduce(afterPending, state);
  const noSeat = noFreeSeat(afterRetirement, VIRTUAL_USER_SKU);
  if (noSeat !== undefined) return noSeat;

  const events: LedgerEvent[] = [
    ...retired,
    {
      type: 'AccountCreated',
      data: {
        accountId: newAccountId,
        displayName: displayName ?? old.displayName,
        kind: 'resource',
        resourceType: old.resourceType,
      },
    },
    // R1: the free licence makes the new account phone-capable.
    { type: 'LicenseAssigned', data: { accountId: newAccountId, sku: VIRTUAL_USER_SKU } },
  ];
  // The rest of what the old account held (e.g. a calling plan) moves over; their seats were just freed.
  for (const sku of old.licenses) {
    if (!isPhoneCapable(sku))
      events.push({ type: 'LicenseAssigned', data: { accountId: newAccountId, sku } });
  }
  if (old.phoneNumber !== undefined) {
    events.push({
      type: 'PhoneNumberAssigned',
      data: { accountId: newAccountId, phoneNumber: old.phoneNumber },
    });
  }
  return events;
}
