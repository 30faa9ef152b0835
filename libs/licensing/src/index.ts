// The public interface of the domain: everything other libraries and apps import comes from here.

// Catalogue and formats.
export * from './catalogue/skus';
export * from './purchases/allocation-policy';
export * from './decider/formats';

// Events, and how they are stored: one stream per tenant, decoded at the edge.
export * from './events/events';
export * from './events/tenant-stream';
export * from './events/stored-event';

// The decider: commands, state, decide and evolve.
export * from './decider/commands';
export * from './decider/domain-error';
export { decide, licensingDecider, type DecideResult, type LicensingDecider } from './decider/decider';
export * from './state/tenant-state';
export { initialTenantState } from './state/initial-state';
export { evolve, evolveAll } from './state/evolve';
export { PersistentMap } from './state/persistent-map';

// Split swaps (R6) and their warnings (R8).
export * from './split-swap/warnings';
export { warningsOf, warningsOfActivity } from './split-swap/warnings-of';
export {
  statusAfterAssign,
  statusAfterSwap,
  statusAfterUnassign,
  type ActivityFacts,
} from './split-swap/split-swap';

// Views.
export { quotaOf, allocationBaseOf, type QuotaView } from './purchases/quota';
export {
  accountViewOf,
  ACCOUNT_STATUSES,
  isAccountStatusName,
  type AccountStatusName,
  type AccountView,
} from './accounts/account-view';
