export * from './ledger-config';
export * from './dev-jwt-secret';
export * from './dev-token';
export * from './roles';
export * from './open-event-store';
export * from './deterministic-id';
export * from './activity-events';
export * from './seeded-random';
