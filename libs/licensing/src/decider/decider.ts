import { decideCreateAccount, decideDeleteAccount } from '../accounts/accounts';
import { decideCancelPurchase } from '../purchases/cancel-purchase';
import type { LedgerCommand } from './commands';
import { refuse, type DomainError } from './domain-error';
import { afterPending, pending } from './pending-activity';
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
import { adoption, decideAdoptRulebook } from '../rulebooks/adopt-rulebook';
import { isRulebook } from '../rulebooks/rulebook-names';
import { decideExpireSubscription, decideRenewSubscription } from '../terms/subscriptions';
import { decideErasePersonalData } from '../personal-data/erase-personal-data';

/**
 * The answer to a command: the events of one licence activity (R5) with their warnings, or a
 * refusal, which appends nothing. An accepted command may have no events (nothing to change).
 */
export type DecideResult =
  | { readonly ok: true; readonly events: LedgerEvent[]; readonly warnings: LedgerWarning[] }
  | { readonly ok: false; readonly error: DomainError };

export function decide(command: LedgerCommand, state: TenantState): DecideResult {
  const decided = decideEvents(command, state);
  if (!decided.ok) return decided;
  // R8: an accepted activity answers with the warnings its events deserve.
  return {
    ok: true,
    events: decided.events,
    warnings: warningsOfActivity(decided.events.map(pending), state),
  };
}

/** The events of one licence activity (R5), or a refusal: `decide` without the warnings. */
export type DecidedEvents =
  { readonly ok: true; readonly events: LedgerEvent[] } | { readonly ok: false; readonly error: DomainError };

/**
 * `decide` for a writer that answers no one (an import, an audit replay): the same events and
 * refusals, without judging the warnings, which fold the activity once more.
 */
export function decideEvents(command: LedgerCommand, state: TenantState): DecidedEvents {
  const decided = withDefaultRulebook(command, state);
  return Array.isArray(decided) ? { ok: true, events: decided } : { ok: false, error: decided };
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

/**
 * R9: a tenant with no rulebook in force adopts the service's default with its first write, in
 * the same activity: `RulebookAdopted` first, then the command decided under that rulebook.
 * A refused command or one with nothing to change adopts nothing.
 */
function withDefaultRulebook(command: LedgerCommand, state: TenantState): LedgerEvent[] | DomainError {
  if (
    command.type === 'AdoptRulebook' ||
    command.type === 'ErasePersonalData' ||
    state.rulebook !== null ||
    command.defaultRulebook === undefined
  ) {
    return eventsOrRefusal(command, state);
  }
  const { defaultRulebook } = command;
  if (!isRulebook(defaultRulebook)) {
    return refuse('INVALID_COMMAND', `Unknown default rulebook ${String(defaultRulebook)}.`, {
      field: 'defaultRulebook',
    });
  }
  const adopted = adoption(defaultRulebook, state);
  const decided = eventsOrRefusal(command, afterPending(state, adopted));
  if (!Array.isArray(decided) || decided.length === 0) return decided;
  return [adopted, ...decided];
}

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
    case 'AdoptRulebook':
      return decideAdoptRulebook(command, state);
    case 'ExpireSubscription':
      return decideExpireSubscription(command, state);
    case 'RenewSubscription':
      return decideRenewSubscription(command, state);
    case 'ErasePersonalData':
      return decideErasePersonalData(command, state);
    default: {
      const unknownCommand: never = command;
      throw new Error(`decide: unknown command type ${(unknownCommand as { type: unknown }).type as string}`);
    }
  }
}
