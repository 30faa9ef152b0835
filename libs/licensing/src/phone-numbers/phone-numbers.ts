import type { AssignPhoneNumber, ReleasePhoneNumber } from '../decider/commands';
import { refuse, type DomainError } from '../decider/domain-error';
import type { LedgerEvent } from '../events/events';
import { E164_PATTERN, isE164PhoneNumber } from '../decider/formats';
import { phoneCapableLicenseOf } from '../catalogue/skus';
import type { TenantState } from '../state/tenant-state';

export function decideAssignPhoneNumber(
  command: AssignPhoneNumber,
  state: TenantState,
): LedgerEvent[] | DomainError {
  const { accountId, phoneNumber } = command;
  if (!isE164PhoneNumber(phoneNumber)) {
    return refuse('INVALID_COMMAND', `A phone number is E.164 (${E164_PATTERN.source}).`, { phoneNumber });
  }
  const account = state.accounts.get(accountId);
  if (account === undefined)
    return refuse('NOT_FOUND', `Account ${accountId} does not exist.`, { accountId });
  // R1/R8: a number needs a phone-capable licence (a calling plan is not one).
  if (phoneCapableLicenseOf(account.licenses) === undefined) {
    return refuse(
      'LICENSE_REQUIRED',
      `Account ${accountId} needs a phone-capable licence (PHONE_SYSTEM, E5 or PHONE_SYSTEM_VIRTUAL_USER) ` +
        'before it can have a phone number.',
      { accountId },
    );
  }
  const holder = state.phoneNumberHolders.get(phoneNumber);
  if (holder !== undefined && holder !== accountId) {
    return refuse('PHONE_NUMBER_IN_USE', `${phoneNumber} is assigned to account ${holder}.`, {
      phoneNumber,
      accountId: holder,
    });
  }
  // Already so: nothing to record, the answer is the same as the first time.
  if (account.phoneNumber === phoneNumber) return [];
  const events: LedgerEvent[] = [];
  if (account.phoneNumber !== undefined) {
    events.push({ type: 'PhoneNumberReleased', data: { accountId, phoneNumber: account.phoneNumber } });
  }
  events.push({ type: 'PhoneNumberAssigned', data: { accountId, phoneNumber } });
  return events;
}

export function decideReleasePhoneNumber(
  command: ReleasePhoneNumber,
  state: TenantState,
): LedgerEvent[] | DomainError {
  const { accountId } = command;
  const account = state.accounts.get(accountId);
  if (account === undefined)
    return refuse('NOT_FOUND', `Account ${accountId} does not exist.`, { accountId });
  if (account.phoneNumber === undefined) {
    return refuse('NOT_FOUND', `Account ${accountId} has no phone number.`, { accountId });
  }
  return [{ type: 'PhoneNumberReleased', data: { accountId, phoneNumber: account.phoneNumber } }];
}
