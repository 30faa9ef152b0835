export * from './application-error-body';
export * from './application-errors';
export * from './keyed-activity-index';
export * from './license-activity';
export * from './license-activity-recorder';
export * from './request-hash';
export * from './tenant-write-model';
export * from './tenant-write-model-cache';
