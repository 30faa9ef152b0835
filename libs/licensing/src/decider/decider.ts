import type { LedgerCommand } from './commands';
import { decide, type DecideResult } from './decide';
import { evolve } from '../state/evolve';
import type { LedgerEventEnvelope } from '../events/events';
import { initialTenantState } from '../state/initial-state';
import type { TenantState } from '../state/tenant-state';

/** The three functions as one value, in the shape of a Decider: state is events folded with `evolve`. */
export interface LicensingDecider {
  readonly decide: (command: LedgerCommand, state: TenantState) => DecideResult;
  readonly evolve: (state: TenantState, envelope: LedgerEventEnvelope) => TenantState;
  readonly initialState: () => TenantState;
}

export const licensingDecider: LicensingDecider = { decide, evolve, initialState: initialTenantState };
