import type { TenantState } from '../state/tenant-state';
import type { Rulebook } from './rulebook-names';
import { RULEBOOK_RULES, RULEBOOK_WHEN_NONE_ADOPTED, type RulebookRules } from './rulebooks';

/** R9: the rulebook that judges the tenant now. */
export function rulebookInForce(state: TenantState): Rulebook {
  return state.rulebook ?? RULEBOOK_WHEN_NONE_ADOPTED;
}

/** R9: the rules of the rulebook in force. */
export function rulesInForce(state: TenantState): RulebookRules {
  return RULEBOOK_RULES[rulebookInForce(state)];
}
