import type { ErasePersonalData } from '../decider/commands';
import { refuse, type DomainError } from '../decider/domain-error';
import type { LedgerEvent } from '../events/events';
import type { TenantState } from '../state/tenant-state';
import { PERSONAL_FIELDS } from './personal-fields';

/**
 * SPEC §5: erase the tenant's personal data. Idempotent: when nothing was recorded since the last
 * erasure there is nothing left to erase, and nothing is appended. A tenant with no events has
 * no data at all: NOT_FOUND, and no stream is started for it.
 */
export function decideErasePersonalData(
  _command: ErasePersonalData,
  state: TenantState,
): LedgerEvent[] | DomainError {
  if (state.lastEventType === null) return refuse('NOT_FOUND', 'The tenant has no events: nothing to erase.');
  if (state.lastEventType === 'PersonalDataErased') return [];
  return [{ type: 'PersonalDataErased', data: { fields: PERSONAL_FIELDS } }];
}
