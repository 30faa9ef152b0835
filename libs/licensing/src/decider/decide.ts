import { decideCreateAccount, decideDeleteAccount } from '../accounts/accounts';
import { decideCancelPurchase } from '../purchases/cancel-purchase';
import type { LedgerCommand } from './commands';
import { pending, type Decision } from './decision';
import type { DomainError } from './domain-error';
import type { LedgerEvent } from '../events/events';
import { decideChangeLicenses } from '../assignments/change-licenses';
import { decideAssignPhoneNumber, decideReleasePhoneNumber } from '../phone-numbers/phone-numbers';
import { decidePurchase } from '../purchases/purchase';
import { decideReplaceAccount } from '../accounts/replacement';
import type { TenantState } from '../state/tenant-state';
import type { LedgerWarning } from '../split-swap/warnings';
import { warningsOfActivity } from '../split-swap/warnings-of';

/**
 * The answer to a command: the events of one licence activity (R5) with their warnings, or a
 * refusal, which appends nothing. An accepted command may have no events (nothing to change).
 */
export type DecideResult =
  | { readonly ok: true; readonly events: LedgerEvent[]; readonly warnings: LedgerWarning[] }
  | { readonly ok: false; readonly error: DomainError };

export function decide(command: LedgerCommand, state: TenantState): DecideResult {
  const decision = decideEvents(command, state);
  if (!decision.ok) return decision;
  return {
    ok: true,
    events: decision.events,
    warnings: warningsOfActivity(decision.events.map(pending), state),
  };
}

function decideEvents(command: LedgerCommand, state: TenantState): Decision {
  switch (command.type) {
    case 'PurchaseLicenses':
      return decidePurchase(command, state);
    case 'CancelPurchase':
      return decideCancelPurchase(command, state);
    case 'CreateAccount':
      return decideCreateAccount(command, state);
    case 'DeleteAccount':
      return decideDeleteAccount(command, state);
    case 'ChangeLicenses':
      return decideChangeLicenses(command, state);
    case 'AssignPhoneNumber':
      return decideAssignPhoneNumber(command, state);
    case 'ReleasePhoneNumber':
      return decideReleasePhoneNumber(command, state);
    case 'ReplaceAccount':
      return decideReplaceAccount(command, state);
    default: {
      const unknownCommand: never = command;
      throw new Error(`decide: unknown command type ${(unknownCommand as { type: unknown }).type as string}`);
    }
  }
}
