import { useEffect, useState } from 'preact/hooks';
import { asApiError, type ApiError } from '../api/api-error';
import type { AttentionEntry, AttentionReport, AttentionSeverity } from '../api/report-types';
import type { TenantQuotaRow } from '../api/types';
import { formatCount } from '../format';
import { AllocationGauge } from './allocation-gauge';
import { ErrorNotice } from './error-notice';
import { useSession } from './session-context';
import { TenantLink } from './tenant-link';

/** How many tenants one page of the attention report brings (SPEC §5: worst first). */
export const ATTENTION_PAGE = 20;

const SEVERITY_LOOK: Readonly<Record<AttentionSeverity, { readonly label: string; readonly badge: string }>> = {
  critical: { label: 'Critical', badge: 'badge--broken' },
  warning: { label: 'Warning', badge: 'badge--at-risk' },
  notice: { label: 'Notice', badge: 'badge--neutral' },
};

export function SeverityBadge({ severity }: { readonly severity: AttentionSeverity }) {
  const look = SEVERITY_LOOK[severity];
  return (
    <span class={`badge ${look.badge}`} data-severity={severity}>
      {look.label}
    </span>
  );
}

interface AttentionListProps {
  readonly first: AttentionReport;
  /** The tenants' quota rows, when loaded: each entry then shows its allocation gauge. */
  readonly quotaOf: (tenantId: string) => TenantQuotaRow | undefined;
  readonly onOpenTenant: (tenantId: string) => void;
}

/** The tenants needing action, worst first, each reason with its message and remedy; more a page at a time (the API's `after`). */
export function AttentionList({ first, quotaOf, onOpenTenant }: AttentionListProps) {
  const { api, signOut } = useSession();
  const [entries, setEntries] = useState<readonly AttentionEntry[]>(first.tenants);
  const [next, setNext] = useState(first.next);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);

  useEffect(() => {
    setEntries(first.tenants);
    setNext(first.next);
  }, [first]);

  const more = async (after: string): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      const page = await api.attention({ limit: ATTENTION_PAGE, after });
      setEntries((shown) => [...shown, ...page.tenants]);
      setNext(page.next);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  if (entries.length === 0) return <p class="empty">No tenant needs action.</p>;
  return (
    <>
      <ol class="attention">
        {entries.map((entry) => {
          const quota = quotaOf(entry.tenantId);
          return (
            <li key={entry.tenantId} class={`attention__entry attention__entry--${entry.severity}`} data-attention-tenant={entry.tenantId}>
              <div class="attention__head">
                <SeverityBadge severity={entry.severity} />
                <h3 class="attention__tenant">
                  <TenantLink tenantId={entry.tenantId} onOpen={onOpenTenant} />
                </h3>
              </div>
              <div class="attention__content">
                <ul class="attention__reasons">
                  {entry.reasons.map((reason) => (
                    <li key={reason.code} data-reason={reason.code}>
                      <SeverityBadge severity={reason.severity} /> <span class="attention__message">{reason.message}</span>
                      <p class="attention__remedy" data-remedy>
                        <strong>What to do: </strong>
                        {reason.remedy}
                      </p>
                    </li>
                  ))}
                </ul>
                {quota !== undefined && (
                  <AllocationGauge size="small" allocation={quota.virtualUser.allocation} purchased={quota.virtualUser.free.held} assigned={quota.virtualUser.assigned} />
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {error !== undefined && <ErrorNotice error={error} action="Load more tenants needing action" onDismiss={() => setError(undefined)} onSignInAgain={signOut} />}
      {next !== null && (
        <div class="pager">
          <span class="pager__label">
            {formatCount(entries.length)} of {formatCount(first.summary.needingAction)} shown
          </span>
          <button type="button" class="button button--secondary" disabled={busy} onClick={() => void more(next)}>
            {busy ? 'Loading…' : `Show ${formatCount(ATTENTION_PAGE)} more`}
          </button>
        </div>
      )}
    </>
  );
}
