export * from './demo-errors';
export * from './demo-options';
export * from './write-demo-ledger';
