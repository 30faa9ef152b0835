// Types and catalog (the agreed interface).
export * from './skus';
export * from './allocation-policy';
export * from './events';
export * from './commands';
export * from './domain-error';
export * from './warnings';
export * from './tenant-state';
export * from './stored-event';
export * from './formats';
export { PersistentMap } from './persistent-map';

// The decider.
export { initialTenantState } from './initial-state';
export { evolve, evolveAll } from './evolve';
export { decide, type DecideResult } from './decide';
export { licensingDecider, type LicensingDecider } from './decider';
export { warningsOf, warningsOfActivity } from './warnings-of';
export { statusAfterAssign, statusAfterSwap, statusAfterUnassign, type ActivityFacts } from './split-swap';

// Views.
export { quotaOf, allocationBaseOf, type QuotaView } from './quota';
export {
  accountViewOf,
  ACCOUNT_STATUSES,
  isAccountStatusName,
  type AccountStatusName,
  type AccountView,
} from './account-view';
