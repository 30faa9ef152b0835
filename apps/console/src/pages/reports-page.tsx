import { useState } from 'preact/hooks';
import type { TenantQuotaRow } from '../api/types';
import { ColumnHeads } from '../components/column-heads';
import { CsvDownloadButton } from '../components/csv-download-button';
import { ErrorNotice } from '../components/error-notice';
import { PageHeader } from '../components/page-header';
import { useSession } from '../components/session-context';
import { StatusBadge } from '../components/status-badge';
import { TenantGaugeGrid } from '../components/tenant-gauge-grid';
import { formatCount, formatDateTime, fromLocalInputValue, shortId, toLocalInputValue } from '../format';
import { useResource } from '../hooks';

function fileStamp(asOf: string | undefined): string {
  return (asOf ?? new Date().toISOString()).replace(/[:.]/g, '-');
}

function QuotaReportTable({ rows }: { readonly rows: readonly TenantQuotaRow[] }) {
  return (
    <table class="table table--numbers">
      <ColumnHeads names={['Tenant', 'Policy', 'Phone System seats', 'VU allocation', 'VU purchased', 'VU assigned', 'VU available', 'Flag']} />
      <tbody>
        {rows.map((row) => (
          <tr key={row.tenantId}>
            <td data-label="Tenant">{row.tenantId}</td>
            <td data-label="Policy">{row.policy ?? '—'}</td>
            <td data-label="Phone System seats">{formatCount(row.phoneSystemSeats.purchased)}</td>
            <td data-label="VU allocation">{formatCount(row.virtualUser.allocation)}</td>
            <td data-label="VU purchased">{formatCount(row.virtualUser.purchased)}</td>
            <td data-label="VU assigned">{formatCount(row.virtualUser.assigned)}</td>
            <td data-label="VU available">{formatCount(row.virtualUser.available)}</td>
            <td data-label="Flag">{row.overAllocated ? <span class="badge badge--broken">Over-allocated</span> : <span class="muted">—</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Cross-tenant reports for global admins: every tenant's quota (optionally as of a moment) and every broken account. */
export function ReportsPage({ onOpenTenant }: { readonly onOpenTenant: (tenantId: string) => void }) {
  const { api, signOut } = useSession();
  const [asOfInput, setAsOfInput] = useState('');
  const asOf = fromLocalInputValue(asOfInput);
  const quota = useResource(() => api.quotaReport(asOf), [asOf]);
  const broken = useResource(() => api.brokenAccountsReport(), []);

  return (
    <div class="page">
      <PageHeader title="Reports" subtitle="Across all tenants. Global admins only." />

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
        <p class="muted">{asOf === undefined ? 'Current figures.' : `As they stood at ${formatDateTime(asOf)}.`}</p>
        {quota.error !== undefined && <ErrorNotice error={quota.error} action="Load the quota report" onSignInAgain={signOut} />}
        {quota.data !== undefined && (
          <>
            <TenantGaugeGrid rows={quota.data} onOpen={onOpenTenant} />
            {quota.data.length > 0 && (
              <div class="card card--flush">
                <QuotaReportTable rows={quota.data} />
              </div>
            )}
          </>
        )}
      </section>

      <section class="section" aria-labelledby="broken-report-title">
        <div class="section__header">
          <h2 id="broken-report-title">Broken resource accounts</h2>
          <div class="section__tools">
            <CsvDownloadButton label="Download CSV" fileName={`broken-accounts-${fileStamp(undefined)}.csv`} load={() => api.reportCsv('broken-accounts')} />
          </div>
        </div>
        {broken.error !== undefined && <ErrorNotice error={broken.error} action="Load the broken-accounts report" onSignInAgain={signOut} />}
        {broken.data !== undefined &&
          (broken.data.length === 0 ? (
            <p class="empty">No broken resource accounts in any tenant.</p>
          ) : (
            <div class="card card--flush">
              <table class="table">
                <ColumnHeads names={['Tenant', 'Account', 'Status', 'Broken by']} />
                <tbody>
                  {broken.data.map((row) => (
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
      </section>
    </div>
  );
}
