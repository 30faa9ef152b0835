import type { CreateAccount, DeleteAccount } from '../decider/commands';
import { refuse, type DomainError } from '../decider/domain-error';
import { RESOURCE_TYPES, type LedgerEvent, type UnassignReason } from '../events/events';
import { isDisplayName, isLedgerId, LEDGER_ID_PATTERN } from '../decider/formats';
import type { AccountState, TenantState } from '../state/tenant-state';

export function decideCreateAccount(command: CreateAccount, state: TenantState): LedgerEvent[] | DomainError {
  const { accountId, displayName, kind, resourceType } = command;
  if (!isLedgerId(accountId)) {
    return refuse('INVALID_COMMAND', `Account id must match ${LEDGER_ID_PATTERN.source}.`, { accountId });
  }
  if (!isDisplayName(displayName)) return refuse('INVALID_COMMAND', 'An account needs a display name.');
  if (kind !== 'user' && kind !== 'resource') {
    return refuse('INVALID_COMMAND', `Account kind must be user or resource, not ${String(kind)}.`);
  }
  if (kind === 'resource' && (resourceType === undefined || !RESOURCE_TYPES.includes(resourceType))) {
    return refuse(
      'INVALID_COMMAND',
      `A resource account needs a resourceType: ${RESOURCE_TYPES.join(' or ')}.`,
    );
  }
  if (kind === 'user' && resourceType !== undefined) {
    return refuse('INVALID_COMMAND', 'A user account has no resourceType.');
  }
  // Only live accounts count: a deleted id may be created again (R7).
  if (state.accounts.has(accountId)) {
    return refuse('ACCOUNT_EXISTS', `Account ${accountId} already exists.`, { accountId });
  }
  return [
    {
      type: 'AccountCreated',
      data:
        kind === 'resource'
          ? { accountId, displayName, kind, resourceType }
          : { accountId, displayName, kind },
    },
  ];
}

export function decideDeleteAccount(command: DeleteAccount, state: TenantState): LedgerEvent[] | DomainError {
  const account = state.accounts.get(command.accountId);
  if (account === undefined) {
    return refuse('NOT_FOUND', `Account ${command.accountId} does not exist.`, {
      accountId: command.accountId,
    });
  }
  // R7: its number and licences are released by events of their own before it goes.
  return retirementOf(account, 'account-deleted');
}

/**
 * R7: an account leaves by giving back its phone number and its licences first, so every
 * seat and number is freed by an event of its own, then it is deleted.
 */
export function retirementOf(account: AccountState, reason: UnassignReason): LedgerEvent[] {
  const { accountId } = account;
  const events: LedgerEvent[] = [];
  if (account.phoneNumber !== undefined) {
    events.push({ type: 'PhoneNumberReleased', data: { accountId, phoneNumber: account.phoneNumber } });
  }
  for (const sku of account.licenses)
    events.push({ type: 'LicenseUnassigned', data: { accountId, sku, reason } });
  events.push({ type: 'AccountDeleted', data: { accountId } });
  return events;
}
