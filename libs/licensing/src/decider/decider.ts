import { decideCreateAccount, decideDeleteAccount } from '../accounts/accounts';
import { decideCancelPurchase } from '../purchases/cancel-purchase';
import type { LedgerCommand } from './commands';
import type { DomainError } from './domain-error';
import { pending } from './pending-activity';
import type { LedgerEvent, LedgerEventEnvelope } from '../events/events';
import { decideChangeLicenses } from '../assignments/change-licenses';
import { decideAssignPhoneNumber, decideReleasePhoneNumber } from '../phone-numbers/phone-numbers';
import { decidePurchase } from '../purchases/purchase';
import { decideReplaceAccount } from '../accounts/replacement';
import { evolve } from '../state/evolve';
import { initialTenantState } from '../state/initial-state';
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
  const decided = eventsOrRefusal(command, state);
  if (!Array.isArray(decided)) return { ok: false, error: decided };
  // R8: an accepted activity answers with the warnings its events deserve.
  return { ok: true, events: decided, warnings: warningsOfActivity(decided.map(pending), state) };
}

/**
 * The decider of a tenant, in the shape the command handler is built from: the state is the
 * tenant's events folded with `evolve` from `initialState()`, and `decide` answers a command on it.
 */
export interface LicensingDecider {
  readonly decide: (command: LedgerCommand, state: TenantState) => DecideResult;
  readonly evolve: (state: TenantState, envelope: LedgerEventEnvelope) => TenantState;
  readonly initialState: () => TenantState;
}

export const licensingDecider: LicensingDecider = { decide, evolve, initialState: initialTenantState };

/** Each command's rules: the events of its activity, or why it is refused. */
function eventsOrRefusal(command: LedgerCommand, state: TenantState): LedgerEvent[] | DomainError {
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
