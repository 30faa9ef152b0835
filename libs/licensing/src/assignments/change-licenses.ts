import type { ChangeLicenses } from '../decider/commands';
import { refuse, type DomainError } from '../decider/domain-error';
import { afterPending } from '../decider/pending-activity';
import type { LedgerEvent } from '../events/events';
import { noFreeSeat } from '../purchases/seats';
import {
  isPhoneCapable,
  isSku,
  mayHold,
  phoneCapableLicenseOf,
  SKU_CATALOG,
  type Sku,
} from '../catalogue/skus';
import type { TenantState } from '../state/tenant-state';

/**
 * One licence activity on one account (R5): assign, remove, swap, or any mix. Checked against
 * the state as it evolves through the activity, removals first, so a licence removed here
 * frees its seat and its phone-capable slot for an addition in the same activity.
 */
export function decideChangeLicenses(
  command: ChangeLicenses,
  state: TenantState,
): LedgerEvent[] | DomainError {
  const { accountId, add, remove } = command;
  const invalid = invalidChange(add, remove);
  if (invalid !== undefined) return invalid;
  const account = state.accounts.get(accountId);
  if (account === undefined)
    return refuse('NOT_FOUND', `Account ${accountId} does not exist.`, { accountId });

  // R5: the activity's checks see the state as it evolves, removals first.
  let current = state;
  for (const sku of remove) {
    if (!(current.accounts.get(accountId)?.licenses ?? []).includes(sku)) {
      return refuse('LICENSE_NOT_HELD', `Account ${accountId} does not hold ${sku}.`, { accountId, sku });
    }
    current = afterPending(current, {
      type: 'LicenseUnassigned',
      data: { accountId, sku, reason: 'removed' },
    });
  }
  for (const sku of add) {
    const refusal = refusalToAssign(current, accountId, sku);
    if (refusal !== undefined) return refusal;
    current = afterPending(current, { type: 'LicenseAssigned', data: { accountId, sku } });
  }

  // R5: one phone-capable licence out and one in, within one activity, is a swap.
  const removedPhoneCapable = remove.find(isPhoneCapable);
  const addedPhoneCapable = add.find(isPhoneCapable);
  const swapped = removedPhoneCapable !== undefined && addedPhoneCapable !== undefined;
  const events: LedgerEvent[] = [];
  for (const sku of remove) {
    if (swapped && sku === removedPhoneCapable) continue;
    events.push({ type: 'LicenseUnassigned', data: { accountId, sku, reason: 'removed' } });
  }
  if (swapped) {
    events.push({
      type: 'LicenseSwapped',
      data: { accountId, fromSku: removedPhoneCapable, toSku: addedPhoneCapable },
    });
  }
  for (const sku of add) {
    if (swapped && sku === addedPhoneCapable) continue;
    events.push({ type: 'LicenseAssigned', data: { accountId, sku } });
  }
  return events;
}

function invalidChange(add: readonly Sku[], remove: readonly Sku[]): DomainError | undefined {
  if (!Array.isArray(add) || !Array.isArray(remove)) {
    return refuse('INVALID_COMMAND', 'A licence activity lists the SKUs to add and to remove.');
  }
  if (add.length === 0 && remove.length === 0) {
    return refuse('INVALID_COMMAND', 'A licence activity adds or removes at least one licence.');
  }
  const unknown = [...add, ...remove].find((sku) => !isSku(sku));
  if (unknown !== undefined)
    return refuse('INVALID_COMMAND', `Unknown SKU ${String(unknown)}.`, { sku: unknown });
  if (new Set(add).size !== add.length || new Set(remove).size !== remove.length) {
    return refuse('INVALID_COMMAND', 'A licence activity names each SKU once.');
  }
  const both = add.find((sku) => remove.includes(sku));
  if (both !== undefined) {
    return refuse('INVALID_COMMAND', `${both} is both added and removed in the same activity.`, {
      sku: both,
    });
  }
  return undefined;
}

/** R4: why `sku` may not be assigned to the account in `state`, if it may not. */
function refusalToAssign(state: TenantState, accountId: string, sku: Sku): DomainError | undefined {
  const account = state.accounts.get(accountId);
  if (account === undefined)
    return refuse('NOT_FOUND', `Account ${accountId} does not exist.`, { accountId });
  // R4: a SKU goes only to the kinds of account the catalogue names (the Resource Account
  // licence to resource accounts; shared devices to no account of the ledger).
  if (!mayHold(account.kind, sku)) {
    const holders = SKU_CATALOG[sku].holders;
    if (holders.length === 0) {
      return refuse('INVALID_COMMAND', `${sku} is counted per device and assigned to no account.`, {
        field: 'sku',
        accountId,
        sku,
      });
    }
    return refuse(
      holders.includes('resource') ? 'NOT_A_RESOURCE_ACCOUNT' : 'INVALID_COMMAND',
      `${sku} goes only to ${holders.join(' or ')} accounts; ${accountId} is a ${account.kind} account.`,
      { accountId, sku },
    );
  }
  // R4: never the same SKU twice.
  if (account.licenses.includes(sku)) {
    return refuse('LICENSE_ALREADY_HELD', `Account ${accountId} already holds ${sku}.`, { accountId, sku });
  }
  // R4: at most one phone-capable licence at once.
  const heldPhoneCapable = isPhoneCapable(sku) ? phoneCapableLicenseOf(account.licenses) : undefined;
  if (heldPhoneCapable !== undefined) {
    return refuse(
      'LICENSE_ALREADY_HELD',
      `Account ${accountId} already holds ${heldPhoneCapable}, a phone-capable licence; it cannot also hold ${sku}. ` +
        'Swap them in one activity instead.',
      { accountId, sku, heldSku: heldPhoneCapable },
    );
  }
  return noFreeSeat(state, sku);
}
