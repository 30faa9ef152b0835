import { PersistentMap } from './persistent-map';
import { SKUS, type Sku } from '../catalogue/skus';
import type { AccountState, PurchaseState, SeatCount, TenantState } from './tenant-state';

const NO_SEATS: SeatCount = { purchased: 0, assigned: 0 };

/** A tenant before its first event: no accounts, no purchases, every SKU at 0/0, no rulebook yet (R9). */
export function initialTenantState(): TenantState {
  return {
    accounts: PersistentMap.empty<AccountState>(),
    purchases: PersistentMap.empty<PurchaseState>(),
    cancelledPurchases: PersistentMap.empty<PurchaseState>(),
    expiredPurchases: PersistentMap.empty<PurchaseState>(),
    phoneNumberHolders: PersistentMap.empty<string>(),
    seats: Object.fromEntries(SKUS.map((sku) => [sku, NO_SEATS])) as Record<Sku, SeatCount>,
    freeVirtualUserSeats: 0,
    rulebook: null,
    lastEventType: null,
  };
}
