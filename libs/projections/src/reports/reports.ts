import { quotaReadAt, type AccountView, type Rulebook } from '@ledger/licensing';
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
 * from the terms recorded (R13): one checkpoint row per tenant the views have folded to the end,
 * the others replayed from the log (`AsOfReads.allTenants`), pausing for the event loop between tenants.
 */
export async function pastQuotaReport(
  asOfReads: AsOfReads,
  asOf: string,
  serviceRulebook: Rulebook,
  now?: string,
): Promise<QuotaReportRow[]> {
  const past = await asOfReads.allTenants(asOf, now);
  return past.map(({ tenantId, figures, position }) => ({
    ...quotaAnswerOf(tenantId, quotaReadAt(figures.quota, asOf), position.toString(), serviceRulebook, asOf),
    compliance: figures.compliance,
  }));
}

export interface BrokenAccountEntry extends AccountView {
  readonly tenantId: string;
}

/** The broken-accounts report's JSON entry: the account view with its tenant. */
export function brokenAccountEntry({ tenantId, account }: TenantAccountRow): BrokenAccountEntry {
  return { tenantId, ...account };
}
