import {
  complianceOf,
  quotaOf,
  termEndedBy,
  type AccountState,
  type ComplianceCounts,
  type QuotaView,
  type Rulebook,
  type TenantState,
} from '@ledger/licensing';

/** What a tenant's accounts add up to: how many carry each compliance flag (R11/R12), how many are broken (R6). */
export interface AccountTally {
  readonly compliance: ComplianceCounts;
  readonly broken: number;
}

/**
 * The figures of a tenant at one instant that the reports over every tenant need (the quota report
 * as of an instant, the points of a trend), and nothing else of its state: no account, no name, no
 * number — no personal data (SPEC §5), so an erasure leaves them as they are.
 */
export interface TenantFigures extends AccountTally {
  /** The quota view computed without an instant (every live term in `expiring`: read it with `quotaReadAt`). */
  readonly quota: QuotaView;
}

function emptyTally(): { compliance: ComplianceCounts; broken: number } {
  return { compliance: { UNLICENSED: 0, FULL_LICENCE: 0 }, broken: 0 };
}

/** Adds (`sign` 1) or takes away (-1) what one account counts for. */
function count(
  tally: { compliance: ComplianceCounts; broken: number },
  account: AccountState | undefined,
  rulebook: Rulebook | null,
  sign: 1 | -1,
): void {
  if (account === undefined) return;
  for (const flag of complianceOf(account, rulebook)) tally.compliance[flag] += sign;
  if (account.status.status === 'broken') tally.broken += sign;
}

/** The tally of every account of `state`: O(accounts). */
export function accountTallyOf(state: TenantState): AccountTally {
  const tally = emptyTally();
  for (const account of state.accounts.values()) count(tally, account, state.rulebook, 1);
  return tally;
}

/**
 * The tally after one event, from the tally before it, without going over every account: `evolve`
 * changes only the account an event names (`accountId`). An event naming none that still changed
 * the accounts (an erasure), or a change of rulebook (R11/R12 judge every account anew), is
 * counted again in full. Checked against `accountTallyOf` of a full replay by the property test.
 */
export function accountTallyAfter(
  tally: AccountTally,
  before: TenantState,
  after: TenantState,
  accountId: string | undefined,
): AccountTally {
  if (after.rulebook !== before.rulebook) return accountTallyOf(after);
  if (after.accounts === before.accounts) return tally;
  if (accountId === undefined) return accountTallyOf(after);
  const next = { compliance: { ...tally.compliance }, broken: tally.broken };
  count(next, before.accounts.get(accountId), before.rulebook, -1);
  count(next, after.accounts.get(accountId), after.rulebook, 1);
  // The same object when nothing counted changed, so a caller can tell by identity.
  return sameTally(next, tally) ? tally : next;
}

function sameTally(a: AccountTally, b: AccountTally): boolean {
  return (
    a.broken === b.broken &&
    a.compliance.UNLICENSED === b.compliance.UNLICENSED &&
    a.compliance.FULL_LICENCE === b.compliance.FULL_LICENCE
  );
}

export function figuresOf(state: TenantState, tally: AccountTally = accountTallyOf(state)): TenantFigures {
  return { quota: quotaOf(state), compliance: tally.compliance, broken: tally.broken };
}

/**
 * R13: whether a forecast at `at` (`forecastAt`) would change a tenant with these figures: only when
 * one of its live terms (every one is in the quota's `expiring`, computed without an instant) has
 * ended by then. Otherwise the forecast is the state itself, and so are its figures.
 */
export function forecastChanges(figures: TenantFigures, at: string): boolean {
  return figures.quota.expiring.some((term) => termEndedBy(term.endsAt, at));
}
