import {
  complianceCountsOfState,
  quotaOf,
  quotaReadAt,
  type AccountView,
  type Rulebook,
} from '@ledger/licensing';
import type { AsOfReads } from '../as-of/as-of';
import { quotaAnswerOf, type QuotaReportRow } from './quota-answer';
import type { ReadModels } from '../read-models';
import type { TenantAccountRow } from '../tenant-views/tenant-views-reads';

/**
 * The cross-tenant reports (SPEC §3 `/v1/reports`), as the API and the CLI both give them:
 * one implementation, two front doors.
 */

export function* mapIterable<T, U>(items: Iterable<T>, map: (item: T) => U): IterableIterator<U> {
  for (const item of items) yield map(item);
}

/** Every tenant's quota now (ISO-8601: what `expiring` is judged from), streamed row by row from the projections. */
export function currentQuotaReport(
  readModels: ReadModels,
  serviceRulebook: Rulebook,
  now: string,
): IterableIterator<QuotaReportRow> {
  return mapIterable(readModels.allQuotas(), (row) => ({
    ...quotaAnswerOf(row.tenantId, quotaReadAt(row.quota, now), row.position, serviceRulebook),
    compliance: row.compliance,
  }));
}

/**
 * Every tenant's quota as it stood at `asOf` (canonical ISO-8601), or, after `now`, as forecast
 * from the terms recorded (R13), replayed from the log: tenant
 * by tenant from its nearest snapshot, pausing for the event loop between pages and tenants.
 */
export async function pastQuotaReport(
  asOfReads: AsOfReads,
  asOf: string,
  serviceRulebook: Rulebook,
  now?: string,
): Promise<QuotaReportRow[]> {
  const past = await asOfReads.allTenants(asOf, now);
  return past.map(({ tenantId, state, position }) => ({
    ...quotaAnswerOf(tenantId, quotaOf(state, asOf), position?.toString() ?? null, serviceRulebook, asOf),
    compliance: complianceCountsOfState(state),
  }));
}

export interface BrokenAccountEntry extends AccountView {
  readonly tenantId: string;
}

/** The broken-accounts report's JSON entry: the account view with its tenant. */
export function brokenAccountEntry({ tenantId, account }: TenantAccountRow): BrokenAccountEntry {
  return { tenantId, ...account };
}
