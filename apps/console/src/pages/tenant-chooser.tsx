import { ErrorNotice } from '../components/error-notice';
import { useSession } from '../components/session-context';
import { TenantGaugeGrid } from '../components/tenant-gauge-grid';
import { TenantIdBox, useTenantIdInput } from '../components/tenant-id-input';
import { useResource } from '../hooks';

/** A global admin's start: type a tenant id, or pick one of the tenants the quota report knows. */
export function TenantChooser({ onChoose }: { readonly onChoose: (tenantId: string) => void }) {
  const { api, signOut } = useSession();
  const input = useTenantIdInput('', onChoose);
  const report = useResource(() => api.quotaReport(), []);

  return (
    <div class="page">
      <header class="page__header">
        <div>
          <h1>Choose a tenant</h1>
          <p class="page__subtitle">As a global admin you can open any tenant.</p>
        </div>
      </header>
      <form
        class="card inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          input.submit();
        }}
      >
        <label>
          <span>Tenant id</span>
          <TenantIdBox name="choose-tenant" placeholder="contoso" input={input} problemId="choose-tenant-problem" />
        </label>
        <button type="submit" class="button button--primary">
          Open tenant
        </button>
        {input.problem !== undefined && (
          <p id="choose-tenant-problem" class="field-error" role="alert">
            {input.problem}
          </p>
        )}
      </form>
      <section class="section">
        <h2>Tenants with their Virtual User allocation</h2>
        {report.error !== undefined && <ErrorNotice error={report.error} action="Load the tenant list (quota report)" onSignInAgain={signOut} onRetry={report.reload} />}
        {report.data !== undefined && <TenantGaugeGrid rows={report.data} onOpen={onChoose} />}
        {report.loading && report.data === undefined && <p class="muted">Loading…</p>}
      </section>
    </div>
  );
}
