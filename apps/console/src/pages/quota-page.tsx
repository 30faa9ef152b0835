import { AccountHealthCard } from '../components/account-health-card';
import { BuySeatsForm } from '../components/buy-seats-form';
import { ErrorNotice } from '../components/error-notice';
import { PageHeader } from '../components/page-header';
import { QuotaSummary } from '../components/quota-summary';
import { RulebookCard } from '../components/rulebook-card';
import { useSession } from '../components/session-context';
import { TrendSection } from '../components/trend-section';
import { WriteOutcomeNotice } from '../components/write-outcome-notice';
import { useResource, useWriter } from '../hooks';
import { mayWrite } from '../session';

/** A tenant's quota now, and where to buy more. */
export function QuotaPage({ tenantId }: { readonly tenantId: string }) {
  const { api, session, signOut } = useSession();
  const quota = useResource(() => api.quota(tenantId), [tenantId]);
  const accounts = useResource(() => api.accounts(tenantId), [tenantId]);
  const writer = useWriter(() => {
    quota.reload();
    accounts.reload();
  });

  return (
    <div class="page">
      <PageHeader title="Quota" subtitle={`Licences of tenant ${tenantId}: free Virtual User allocation and the seats that earn it.`} />
      <WriteOutcomeNotice outcome={writer.outcome} onDismiss={writer.dismiss} />
      {quota.error !== undefined && <ErrorNotice error={quota.error} action="Load the quota" onSignInAgain={signOut} onRetry={quota.reload} />}
      {quota.data !== undefined && (
        <>
          <QuotaSummary quota={quota.data} />
          <div class="card-grid">
            <RulebookCard tenantId={tenantId} rulebook={quota.data.rulebook} onSwitched={quota.reload} />
            {mayWrite(session) && <BuySeatsForm tenantId={tenantId} quota={quota.data} writer={writer} />}
            {accounts.data !== undefined && <AccountHealthCard accounts={accounts.data} tenantId={tenantId} />}
          </div>
          <TrendSection
            heading="Over time"
            lead="The figures at the end of each interval, computed from the log; points after now are forecasts from the terms recorded."
            idPrefix={`trend-${tenantId}`}
            load={(query) => api.tenantTrend(tenantId, query)}
            csv={(query) => api.trendCsv(tenantId, query)}
            readAt={quota.data.position}
          />
        </>
      )}
      {accounts.error !== undefined && <ErrorNotice error={accounts.error} action="Load the accounts" onSignInAgain={signOut} onRetry={accounts.reload} />}
      {quota.loading && quota.data === undefined && <p class="muted">Loading…</p>}
    </div>
  );
}
