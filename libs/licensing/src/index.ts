// The public interface of the domain: everything other libraries and apps import comes from here.

// Catalogue, rulebooks and formats.
export * from './catalogue/skus';
export * from './catalogue/catalogue-entries';
export * from './catalogue/vendor-sku-part-numbers';
export * from './catalogue/vendor-service-plans';
export * from './purchases/allocation-policy';
export * from './rulebooks/rulebook-names';
export * from './rulebooks/rulebooks';
export * from './rulebooks/rulebook-in-force';
export * from './decider/formats';

// Events, and how they are stored: one stream per tenant, decoded at the edge.
export * from './events/events';
export * from './events/tenant-stream';
export * from './events/stored-event';
export * from './events/schema-versions';
export {
  licensePurchasedV1ToV2,
  UPCASTERS,
  type LicensePurchasedV1,
  type Upcaster,
} from './events/upcasters';

// The decider: commands, state, decide and evolve.
export * from './decider/commands';
export * from './decider/domain-error';
export {
  decide,
  decideEvents,
  licensingDecider,
  type DecidedEvents,
  type DecideResult,
  type LicensingDecider,
} from './decider/decider';
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

// Terms (R13): the scheduler's due expiries and the forecast of a future instant.
export { dueExpiries, expiriesDue, termEndedBy } from './terms/subscriptions';
export { forecastAt, forecastRefusal, MAX_FORECAST_DAYS } from './terms/forecast';
export { expiringAt, expiringTerms, EXPIRING_WITHIN_DAYS, type ExpiringTerm } from './terms/expiring';
export { DAY_MS } from './terms/instants';

// Personal data (SPEC §5): which fields are personal, and how an erased one reads.
export * from './personal-data/personal-fields';

// Compliance (R11, R12).
export * from './compliance/compliance';

// Views.
export {
  quotaOf,
  quotaReadAt,
  sameQuotaInputs,
  allocationBaseOf,
  allocationOf,
  type QuotaView,
  type Shortfall,
} from './purchases/quota';
export {
  accountViewOf,
  ACCOUNT_STATUSES,
  isAccountStatusName,
  matchesAccountFilter,
  type AccountListFilter,
  type AccountStatusName,
  type AccountView,
} from './accounts/account-view';
