import {
  PersistentMap,
  type AccountState,
  type AllocationPolicy,
  type PurchaseState,
  type SeatCount,
  type Sku,
  type TenantState,
} from '@ledger/licensing';

/**
 * The one place a `TenantState` becomes text and back (the snapshots of as-of replays).
 *
 * The state's maps are `PersistentMap`s, whose iteration follows insertion order (a deleted and
 * re-inserted key goes last); `evolve` and every view built from them rely on that order. So
 * each map is written as its entries in iteration order and read back by inserting them in that
 * order: the decoded state iterates exactly as the original, and stays so under further events.
 * Account and purchase values are plain JSON (no `undefined` fields: `evolve` omits them), so
 * they round-trip as they are.
 */

/** Bumped with any change to the encoding or to `TenantState`: older snapshots are then ignored. */
export const TENANT_STATE_FORMAT = 1;

interface EncodedTenantState {
  readonly format: number;
  readonly accounts: readonly (readonly [string, AccountState])[];
  readonly purchases: readonly (readonly [string, PurchaseState])[];
  readonly cancelledPurchases: readonly (readonly [string, PurchaseState])[];
  readonly phoneNumberHolders: readonly (readonly [string, string])[];
  readonly seats: Readonly<Record<Sku, SeatCount>>;
  readonly policy: AllocationPolicy | null;
}

export class UnreadableSnapshotError extends Error {
  override readonly name = 'UnreadableSnapshotError';
}

export function encodeTenantState(state: TenantState): string {
  const encoded: EncodedTenantState = {
    format: TENANT_STATE_FORMAT,
    accounts: [...state.accounts],
    purchases: [...state.purchases],
    cancelledPurchases: [...state.cancelledPurchases],
    phoneNumberHolders: [...state.phoneNumberHolders],
    seats: state.seats,
    policy: state.policy,
  };
  return JSON.stringify(encoded);
}

/** Throws `UnreadableSnapshotError` for text not written by this format of `encodeTenantState`. */
export function decodeTenantState(text: string): TenantState {
  let encoded: Partial<EncodedTenantState>;
  try {
    encoded = JSON.parse(text) as Partial<EncodedTenantState>;
  } catch (error) {
    throw new UnreadableSnapshotError(`snapshot is not JSON: ${(error as Error).message}`);
  }
  if (encoded === null || typeof encoded !== 'object' || encoded.format !== TENANT_STATE_FORMAT) {
    throw new UnreadableSnapshotError(`snapshot format is not ${TENANT_STATE_FORMAT}`);
  }
  const { accounts, purchases, cancelledPurchases, phoneNumberHolders, seats, policy } = encoded;
  if (
    !Array.isArray(accounts) ||
    !Array.isArray(purchases) ||
    !Array.isArray(cancelledPurchases) ||
    !Array.isArray(phoneNumberHolders) ||
    seats === null ||
    typeof seats !== 'object' ||
    policy === undefined
  ) {
    throw new UnreadableSnapshotError('snapshot lacks a field of the tenant state');
  }
  return {
    accounts: PersistentMap.from(accounts),
    purchases: PersistentMap.from(purchases),
    cancelledPurchases: PersistentMap.from(cancelledPurchases),
    phoneNumberHolders: PersistentMap.from(phoneNumberHolders),
    seats,
    policy,
  };
}
