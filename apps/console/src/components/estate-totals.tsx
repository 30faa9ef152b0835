import type { AttentionSummary } from '../api/report-types';
import { formatCount, formatUsd } from '../format';
import type { TenantRow } from './tenant-rows';

interface Total {
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly note?: string;
}

const sum = (rows: readonly TenantRow[], pick: (row: TenantRow) => number): number => rows.reduce((total, row) => total + pick(row), 0);

/** The whole estate in a few figures: the attention report's summary, and the tenants' rows added up. */
export function EstateTotals({ summary, rows }: { readonly summary: AttentionSummary | undefined; readonly rows: readonly TenantRow[] | undefined }) {
  const totals: Total[] = [];
  if (summary !== undefined) {
    totals.push(
      { name: 'tenants', label: 'Tenants', value: formatCount(summary.tenants) },
      {
        name: 'needing-action',
        label: 'Need action',
        value: formatCount(summary.needingAction),
        note: `${formatCount(summary.critical)} critical · ${formatCount(summary.warning)} warning · ${formatCount(summary.notice)} notice`,
      },
    );
  }
  if (rows !== undefined) {
    const allocation = sum(rows, (row) => row.allocation);
    const freeHeld = sum(rows, (row) => row.freeHeld);
    totals.push(
      { name: 'phone-system-seats', label: 'Phone System seats', value: formatCount(sum(rows, (row) => row.phoneSystemSeats)) },
      {
        name: 'free-held',
        label: 'Free seats held',
        value: formatCount(freeHeld),
        note: `of ${formatCount(allocation)} allotted${allocation === 0 ? '' : ` (${Math.round((freeHeld / allocation) * 100)} %)`}`,
      },
      { name: 'paid-held', label: 'Paid seats', value: formatCount(sum(rows, (row) => row.paidHeld)), note: `${formatUsd(sum(rows, (row) => row.monthlyCost))} a month` },
      { name: 'broken', label: 'Broken accounts', value: formatCount(sum(rows, (row) => row.broken)) },
      { name: 'non-compliant', label: 'Non-compliant accounts', value: formatCount(sum(rows, (row) => row.nonCompliant)) },
    );
  }
  if (totals.length === 0) return null;
  return (
    <dl class="totals">
      {totals.map((total) => (
        <div class="card totals__item" key={total.name}>
          <dt>{total.label}</dt>
          <dd>
            <span class="figure" data-total={total.name}>
              {total.value}
            </span>
            {total.note !== undefined && <span class="totals__note">{total.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
