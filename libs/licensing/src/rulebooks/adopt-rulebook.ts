import type { AdoptRulebook } from '../decider/commands';
import { refuse, type DomainError } from '../decider/domain-error';
import type { LedgerEvent, RulebookAdopted } from '../events/events';
import type { TenantState } from '../state/tenant-state';
import { isRulebook, RULEBOOKS, type Rulebook } from './rulebook-names';

/** R9: switch the tenant to `rulebook`; the rulebook already in force again appends nothing. */
export function decideAdoptRulebook(command: AdoptRulebook, state: TenantState): LedgerEvent[] | DomainError {
  const { rulebook } = command;
  if (!isRulebook(rulebook)) {
    return refuse(
      'INVALID_COMMAND',
      `Unknown rulebook ${String(rulebook)}: one of ${RULEBOOKS.join(', ')}.`,
      {
        field: 'rulebook',
        rulebook,
      },
    );
  }
  if (state.rulebook === rulebook) return [];
  return [adoption(rulebook, state)];
}

/** R9: the event of adopting `rulebook` on `state`. */
export function adoption(rulebook: Rulebook, state: TenantState): RulebookAdopted {
  return { type: 'RulebookAdopted', data: { rulebook, previous: state.rulebook } };
}
