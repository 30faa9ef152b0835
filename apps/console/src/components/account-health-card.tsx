import { ACCOUNT_STATUSES, type AccountView } from '../api/types';
import { navigate } from '../router';
import { StatusBadge } from './status-badge';

/** How many resource accounts are healthy, at risk or broken; a click lists them. */
export function AccountHealthCard({ accounts, tenantId }: { readonly accounts: readonly AccountView[]; readonly tenantId: string }) {
  const resources = accounts.filter((account) => account.kind === 'resource');
  return (
    <section class="card" aria-labelledby="health-title">
      <header class="card__header">
        <h2 id="health-title">Resource account health</h2>
      </header>
      <ul class="health">
        {ACCOUNT_STATUSES.map((status) => (
          <li key={status}>
            <a
              href={`/accounts?tenant=${encodeURIComponent(tenantId)}&status=${status}`}
              onClick={(event) => {
                event.preventDefault();
                navigate('accounts', { tenant: tenantId, status });
              }}
            >
              <span class="health__count" data-health={status}>
                {resources.filter((account) => account.status === status).length}
              </span>
              <StatusBadge status={status} />
            </a>
          </li>
        ))}
      </ul>
      <p class="card__note card__note--muted">
        {resources.length === 1 ? '1 resource account' : `${resources.length} resource accounts`} in all.
      </p>
    </section>
  );
}
