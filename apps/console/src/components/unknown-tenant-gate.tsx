import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useResource } from '../hooks';
import { closeMatches } from '../tenant-ids';
import { useSession } from './session-context';

/** Tenants never seen that the admin confirmed starting, for the tab's life (as the token is kept). */
const CONFIRMED_KEY = 'ledger-console.new-tenants';

const confirmedNewTenants = (): string[] => {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(CONFIRMED_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
};

interface UnknownTenantGateProps {
  readonly tenantId: string;
  readonly onOpen: (tenantId: string) => void;
  readonly onChooseAnother: () => void;
  readonly children: ComponentChildren;
}

/**
 * Issue 16 #3: a global admin can open any id, so a typo opens a plausible empty tenant whose first
 * purchase creates it. A tenant without history is said to be one, with the known tenants it was
 * probably meant to be (from the quota report), and its pages — the first write among them —
 * come only after the admin confirms starting it.
 */
export function UnknownTenantGate({ tenantId, onOpen, onChooseAnother, children }: UnknownTenantGateProps) {
  const { api } = useSession();
  const [confirmed, setConfirmed] = useState(() => confirmedNewTenants().includes(tenantId));
  const history = useResource(() => api.history(tenantId, { order: 'desc', limit: 1 }), [tenantId]);
  const unknown = !confirmed && history.data?.total === 0;
  const report = useResource(async () => (unknown ? api.quotaReport() : []), [unknown]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => setConfirmed(confirmedNewTenants().includes(tenantId)), [tenantId]);
  useEffect(() => {
    if (unknown) heading.current?.focus();
  }, [unknown, tenantId]);

  if (confirmed || history.error !== undefined || (history.data !== undefined && history.data.total > 0)) {
    // A tenant with history, or one the admin chose to start; an error is the page's own to show.
    return <>{children}</>;
  }
  if (history.data === undefined) return <p class="muted">Loading…</p>;

  const matches = closeMatches(
    tenantId,
    (report.data ?? []).map((row) => row.tenantId),
  );
  return (
    <div class="page" data-unknown-tenant={tenantId}>
      <header class="page__header">
        <div>
          <h1 ref={heading} tabIndex={-1}>
            Tenant {tenantId} has no history yet
          </h1>
          <p class="page__subtitle">
            No event was ever recorded for this id. Its first purchase would create it.
          </p>
        </div>
      </header>
      <section class="card" aria-labelledby="close-matches">
        <h2 id="close-matches">Did you mean one of these?</h2>
        {report.loading && <p class="muted">Looking for tenants with a similar id…</p>}
        {!report.loading && matches.length === 0 && <p class="muted">No known tenant has a similar id.</p>}
        {matches.length > 0 && (
          <ul class="close-matches">
            {matches.map((match) => (
              <li key={match}>
                <button type="button" class="button button--secondary" onClick={() => onOpen(match)}>
                  Open {match}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div class="inline-form">
        <button
          type="button"
          class="button button--primary"
          onClick={() => {
            sessionStorage.setItem(CONFIRMED_KEY, JSON.stringify([...confirmedNewTenants(), tenantId]));
            setConfirmed(true);
          }}
        >
          Start new tenant {tenantId}
        </button>
        <button type="button" class="button button--quiet" onClick={onChooseAnother}>
          Choose another tenant
        </button>
      </div>
    </div>
  );
}
