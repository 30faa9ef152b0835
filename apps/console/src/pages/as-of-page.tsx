import { useState } from 'preact/hooks';
import { AccountsTable } from '../components/accounts-table';
import { AsOfPicker } from '../components/as-of-picker';
import { ErrorNotice } from '../components/error-notice';
import { PageHeader } from '../components/page-header';
import { QuotaSummary } from '../components/quota-summary';
import { useSession } from '../components/session-context';
import { asOfProblem, instantFromAddress, isForecast, MAX_FORECAST_DAYS } from '../as-of-instant';
import { formatDateTime } from '../format';
import { useResource } from '../hooks';

/**
 * Issue 16 #5: the instant the address asks for, or now with the reason in words — an address
 * that is not a date, or beyond the forecast's reach, no longer silently means now.
 */
function initialInstant(value: string | null, now: Date): { readonly at: string; readonly problem: string | null } {
  if (value === null) return { at: now.toISOString(), problem: null };
  const at = instantFromAddress(value);
  const problem = asOfProblem(at, now);
  if (at !== undefined && problem === null) return { at, problem: null };
  const why = at === undefined ? 'is not a date and time' : `is more than ${MAX_FORECAST_DAYS} days ahead`;
  return { at: now.toISOString(), problem: `The address asks for the ledger as of “${value}”, which ${why}: showing now instead.` };
}

/** Quota and accounts as they stood at a past instant: the API replays the tenant's events up to it. */
export function AsOfPage({ tenantId, initialAt }: { readonly tenantId: string; readonly initialAt: string | null }) {
  const { api, signOut } = useSession();
  const [initial] = useState(() => initialInstant(initialAt, new Date()));
  const [at, setAt] = useState(initial.at);
  const forecast = isForecast(at, new Date());
  const quota = useResource(() => api.quota(tenantId, at), [tenantId, at]);
  const accounts = useResource(() => api.accounts(tenantId, { asOf: at }), [tenantId, at]);

  return (
    <div class="page">
      <PageHeader title="As of" subtitle={`Tenant ${tenantId} as it stood at a chosen moment, replayed from the log. Read-only: the past is not edited.`} />
      <div class="card as-of-bar">
        <AsOfPicker at={at} onChange={setAt} />
        <p class="as-of-bar__status" role="status">
          {forecast ? (
            <>
              {/* R13: after now, a forecast from the subscription terms recorded, not a record. */}
              <span class="badge badge--at-risk" data-forecast>
                Forecast
              </span>{' '}
              Forecast of the ledger as of <strong>{formatDateTime(at)}</strong>, from the subscription terms recorded
            </>
          ) : (
            <>
              Showing the ledger as of <strong>{formatDateTime(at)}</strong>
            </>
          )}
          <code data-as-of={at}>{at}</code>
          {(quota.loading || accounts.loading) && <span class="muted">replaying…</span>}
        </p>
      </div>
      {initial.problem !== null && at === initial.at && (
        <p class="notice notice--warning" role="alert" data-as-of-address-problem>
          {initial.problem}
        </p>
      )}
      {quota.error !== undefined && <ErrorNotice error={quota.error} action="Load the quota as of then" onSignInAgain={signOut} onRetry={quota.reload} />}
      {quota.data !== undefined && <QuotaSummary quota={quota.data} />}
      <section class="section">
        <h2>Accounts then</h2>
        {accounts.error !== undefined && <ErrorNotice error={accounts.error} action="Load the accounts as of then" onSignInAgain={signOut} onRetry={accounts.reload} />}
        {accounts.data !== undefined && (
          <div class="card card--flush">
            <AccountsTable accounts={accounts.data} emptyText="No accounts existed at that moment." />
          </div>
        )}
      </section>
    </div>
  );
}
