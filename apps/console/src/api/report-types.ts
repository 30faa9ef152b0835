import type { components, operations } from './generated/ledger-api';

/**
 * The shapes of SPEC §5/§6 reporting (trends, attention) the console reads, from the types
 * generated from the API's OpenAPI document: a change on the server fails `npm run typecheck:console`.
 */

type Schemas = components['schemas'];

export type TrendInterval = Schemas['TenantTrend']['interval'];
export type TenantTrend = Schemas['TenantTrend'];
export type EstateTrend = Schemas['EstateTrend'];
/** A point of either series: a tenant's, or the estate's sums (which add `tenants`). */
export type TrendPoint = Schemas['TrendPoint'] | Schemas['EstateTrendPoint'];
/** `from`, `to`, `interval`: the query both trend routes take. */
export type TrendWindow = Omit<operations['ReportsController_trend']['parameters']['query'], 'format'>;

export type AttentionReport = Schemas['AttentionReport'];
export type AttentionEntry = Schemas['AttentionEntry'];
export type AttentionReason = Schemas['AttentionReason'];
export type AttentionSeverity = Schemas['AttentionSeverity'];
export type AttentionSummary = Schemas['AttentionSummary'];
export type AttentionPageQuery = Omit<NonNullable<operations['ReportsController_attention']['parameters']['query']>, 'format'>;
