import { useState } from 'preact/hooks';
import { AccountsTable } from '../components/accounts-table';
import { AsOfPicker } from '../components/as-of-picker';
import { ErrorNotice } from '../components/error-notice';
import { PageHeader } from '../components/page-header';
import { QuotaSummary } from '../components/quota-summary';
import { useSession } from '../components/session-context';
import { formatDateTime } from '../format';
import { useResource } from '../hooks';

function validInstant(value: string | null): string | undefined {
  if (value === null) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Quota and accounts as they stood at a past instant: the API replays the tenant's events up to it. */
export function AsOfPage({ tenantId, initialAt }: { readonly tenantId: string; readonly initialAt: string | null }) {
  const { api, signOut } = useSession();
  const [at, setAt] = useState(() => validInstant(initialAt) ?? new Date().toISOString());
  const quota = useResource(() => api.quota(tenantId, at), [tenantId, at]);
  const accounts = useResource(() => api.accounts(tenantId, { asOf: at }), [tenantId, at]);

  return (
    <div class="page">
      <PageHeader title="As of" subtitle={`Tenant ${tenantId} as it stood at a chosen moment, replayed from the log. Read-only: the past is not edited.`} />
      <div class="card as-of-bar">
        <AsOfPicker at={at} onChange={setAt} />
        <p class="as-of-bar__status" role="status">
          Showing the ledger as of <strong>{formatDateTime(at)}</strong>
          <code data-as-of={at}>{at}</code>
          {(quota.loading || accounts.loading) && <span class="muted">replaying…</span>}
        </p>
      </div>
      {quota.error !== undefined && <ErrorNotice error={quota.error} action="Load the quota as of then" onSignInAgain={signOut} />}
      {quota.data !== undefined && <QuotaSummary quota={quota.data} />}
      <section class="section">
        <h2>Accounts then</h2>
        {accounts.error !== undefined && <ErrorNotice error={accounts.error} action="Load the accounts as of then" onSignInAgain={signOut} />}
        {accounts.data !== undefined && (
          <div class="card card--flush">
            <AccountsTable accounts={accounts.data} emptyText="No accounts existed at that moment." />
          </div>
        )}
      </section>
    </div>
  );
}
