// Types and catalog (the agreed interface).
export * from './catalogue/skus';
export * from './purchases/allocation-policy';
export * from './events/events';
export * from './decider/commands';
export * from './decider/domain-error';
export * from './split-swap/warnings';
export * from './state/tenant-state';
export * from './events/stored-event';
export * from './decider/formats';
export { PersistentMap } from './state/persistent-map';

// The decider.
export { initialTenantState } from './state/initial-state';
export { evolve, evolveAll } from './state/evolve';
export { decide, type DecideResult } from './decider/decide';
export { licensingDecider, type LicensingDecider } from './decider/decider';
export { warningsOf, warningsOfActivity } from './split-swap/warnings-of';
export { statusAfterAssign, statusAfterSwap, statusAfterUnassign, type ActivityFacts } from './split-swap/split-swap';

// Views.
export { quotaOf, allocationBaseOf, type QuotaView } from './purchases/quota';
export {
  accountViewOf,
  ACCOUNT_STATUSES,
  isAccountStatusName,
  type AccountStatusName,
  type AccountView,
} from './accounts/account-view';
