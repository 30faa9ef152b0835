import { useMemo, useState } from 'preact/hooks';
import '../components/reports.css';
import { ATTENTION_PAGE, AttentionList } from '../components/attention-list';
import { ColumnHeads } from '../components/column-heads';
import { CsvDownloadButton } from '../components/csv-download-button';
import { ErrorNotice } from '../components/error-notice';
import { PageHeader } from '../components/page-header';
import { useSession } from '../components/session-context';
import { StatusBadge } from '../components/status-badge';
import { EstateTotals } from '../components/estate-totals';
import { tenantRowsOf } from '../components/tenant-rows';
import { TenantsTable } from '../components/tenants-table';
import { TrendSection } from '../components/trend-section';
import { formatCount, formatDateTime, fromLocalInputValue, shortId, toLocalInputValue } from '../format';
import { useResource } from '../hooks';

/** Broken accounts shown at first, and added per click: thousands of rows would stall the page. */
const BROKEN_PAGE = 50;

function fileStamp(asOf: string | undefined): string {
  return (asOf ?? new Date().toISOString()).replace(/[:.]/g, '-');
}

/**
 * Cross-tenant reports for global admins (SPEC §5), in the order a partner works: the tenants that
 * need action, worst first; the estate's totals and its trend; every tenant as a searchable,
 * sortable, paged table (optionally as of a moment); every broken account.
 */
export function ReportsPage({ onOpenTenant }: { readonly onOpenTenant: (tenantId: string) => void }) {
  const { api, signOut } = useSession();
  const [asOfInput, setAsOfInput] = useState('');
  const asOf = fromLocalInputValue(asOfInput);
  const quota = useResource(() => api.quotaReport(asOf), [asOf]);
  const broken = useResource(() => api.brokenAccountsReport(), []);
  const attention = useResource(() => api.attention({ limit: ATTENTION_PAGE }), []);
  const rows = useMemo(
    () => (quota.data === undefined || broken.data === undefined ? undefined : tenantRowsOf(quota.data, broken.data)),
    [quota.data, broken.data],
  );
  const [brokenShown, setBrokenShown] = useState(BROKEN_PAGE);
  const quotaByTenant = useMemo(() => new Map((quota.data ?? []).map((row) => [row.tenantId, row])), [quota.data]);

  return (
    <div class="page">
      <PageHeader title="Reports" subtitle="Across all tenants. Global admins only." />

      <section class="section" aria-labelledby="attention-title">
        <div class="section__header">
          <h2 id="attention-title">Needs attention</h2>
          <div class="section__tools">
            <CsvDownloadButton label="Download CSV" fileName={`attention-${fileStamp(undefined)}.csv`} load={() => api.attentionCsv()} />
          </div>
        </div>
        <p class="muted">Tenants that need action, worst first: broken accounts, over-allocation, shortfalls, then non-compliant accounts, then terms ending and allocations nearly used.</p>
        {attention.error !== undefined && <ErrorNotice error={attention.error} action="Load the tenants needing attention" onSignInAgain={signOut} onRetry={attention.reload} />}
        {attention.data !== undefined && <AttentionList first={attention.data} quotaOf={(tenantId) => quotaByTenant.get(tenantId)} onOpenTenant={onOpenTenant} />}
        {attention.loading && attention.data === undefined && <p class="muted">Loading…</p>}
      </section>

      <section class="section" aria-labelledby="totals-title">
        <h2 id="totals-title">The whole estate</h2>
        <EstateTotals summary={attention.data?.summary} rows={asOf === undefined ? rows : undefined} />
      </section>

      {/* Placed once the attention list is: the page is then long enough for "when seen" to mean scrolled to. */}
      {attention.data !== undefined && (
        <TrendSection
          heading="The whole estate over time"
          lead="Every tenant's figures added up at the end of each interval, computed from the log; points after now are forecasts from the terms recorded."
          idPrefix="estate-trend"
          load={(query) => api.estateTrend(query)}
          csv={(query) => api.trendCsv(undefined, query)}
          whenSeen
        />
      )}

      <section class="section" aria-labelledby="quota-report-title">
        <div class="section__header">
          <h2 id="quota-report-title">Quota of every tenant</h2>
          <div class="section__tools">
            <label class="inline-label">
              <span>As of</span>
              <input name="report-as-of" type="datetime-local" step={1} value={asOfInput} max={toLocalInputValue(new Date())} onChange={(event) => setAsOfInput(event.currentTarget.value)} />
            </label>
            {asOfInput !== '' && (
              <button type="button" class="button button--quiet" onClick={() => setAsOfInput('')}>
                Now
              </button>
            )}
            <CsvDownloadButton label="Download CSV" fileName={`quota-report-${fileStamp(asOf)}.csv`} load={() => api.reportCsv('quota', asOf)} />
          </div>
        </div>
        <p class="muted">{asOf === undefined ? 'Current figures.' : `As they stood at ${formatDateTime(asOf)}; the Broken column counts the accounts broken now.`}</p>
        {quota.error !== undefined && <ErrorNotice error={quota.error} action="Load the quota report" onSignInAgain={signOut} onRetry={quota.reload} />}
        {rows !== undefined && (rows.length === 0 ? <p class="empty">No tenant has recorded anything yet.</p> : <TenantsTable rows={rows} onOpenTenant={onOpenTenant} />)}
        {(quota.loading || broken.loading) && rows === undefined && <p class="muted">Loading…</p>}
      </section>

      <section class="section" aria-labelledby="broken-report-title">
        <div class="section__header">
          <h2 id="broken-report-title">Broken resource accounts</h2>
          <div class="section__tools">
            <CsvDownloadButton label="Download CSV" fileName={`broken-accounts-${fileStamp(undefined)}.csv`} load={() => api.reportCsv('broken-accounts')} />
          </div>
        </div>
        {broken.error !== undefined && <ErrorNotice error={broken.error} action="Load the broken-accounts report" onSignInAgain={signOut} onRetry={broken.reload} />}
        {broken.data !== undefined &&
          (broken.data.length === 0 ? (
            <p class="empty">No broken resource accounts in any tenant.</p>
          ) : (
            <div class="card card--flush">
              <table class="table">
                <ColumnHeads names={['Tenant', 'Account', 'Status', 'Broken by']} />
                <tbody>
                  {broken.data.slice(0, brokenShown).map((row) => (
                    <tr key={`${row.tenantId}/${row.accountId}`}>
                      <td data-label="Tenant">
                        <button type="button" class="link-button" onClick={() => onOpenTenant(row.tenantId)}>
                          {row.tenantId}
                        </button>
                      </td>
                      <td data-label="Account">
                        {row.displayName === undefined ? null : <span class="account-name">{row.displayName}</span>}
                        <span class="account-id">{row.accountId}</span>
                      </td>
                      <td data-label="Status">
                        <StatusBadge status={row.status ?? 'broken'} />
                      </td>
                      <td data-label="Broken by">
                        {row.brokenBy === undefined ? (
                          <span class="muted">—</span>
                        ) : (
                          <>
                            <code title={row.brokenBy.removedInActivity}>{shortId(row.brokenBy.removedInActivity)}</code> then{' '}
                            <code title={row.brokenBy.assignedInActivity}>{shortId(row.brokenBy.assignedInActivity)}</code>, {formatDateTime(row.brokenBy.at)}
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        {broken.data !== undefined && broken.data.length > brokenShown && (
          <div class="pager">
            <span class="pager__label">
              {formatCount(brokenShown)} of {formatCount(broken.data.length)} shown
            </span>
            <button type="button" class="button button--secondary" onClick={() => setBrokenShown((shown) => shown + BROKEN_PAGE)}>
              Show {formatCount(BROKEN_PAGE)} more
            </button>
          </div>
        )}
      </section>
    </div>
  );
}
