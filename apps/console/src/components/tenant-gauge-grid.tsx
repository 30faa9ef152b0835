import type { TenantQuotaRow } from '../api/types';
import { formatCount } from '../format';
import { AllocationGauge } from './allocation-gauge';

interface TenantGaugeGridProps {
  readonly rows: readonly TenantQuotaRow[];
  readonly onOpen: (tenantId: string) => void;
}

/** One small allocation gauge per tenant, from the quota report; a click opens the tenant. */
export function TenantGaugeGrid({ rows, onOpen }: TenantGaugeGridProps) {
  if (rows.length === 0) return <p class="empty">No tenant has recorded anything yet.</p>;
  return (
    <ul class="tenant-grid">
      {rows.map((row) => (
        <li key={row.tenantId}>
          <button type="button" class={`tenant-card${row.overAllocated ? ' tenant-card--alert' : ''}`} onClick={() => onOpen(row.tenantId)} data-tenant-card={row.tenantId}>
            <span class="tenant-card__name">{row.tenantId}</span>
            <AllocationGauge size="small" allocation={row.virtualUser.allocation} purchased={row.virtualUser.free.held} assigned={row.virtualUser.assigned} />
            <span class="tenant-card__meta">
              {formatCount(row.virtualUser.assigned)} assigned · {formatCount(row.phoneSystemSeats.purchased)} Phone System
            </span>
            {row.overAllocated && <span class="badge badge--broken">Over-allocated</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
