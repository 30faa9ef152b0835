import type { QuotaView } from '../api/types';
import { formatCount, formatUsd } from '../format';
import { LegendItem } from './legend-item';

/** R10: Resource Account seats, free within the allocation and paid beyond it, with their monthly cost. */
export function ResourceSeatsCard({ quota }: { readonly quota: QuotaView }) {
  const { free, paid } = quota.virtualUser;
  return (
    <section class="card" aria-labelledby="seats-title">
      <header class="card__header">
        <h2 id="seats-title">Resource Account seats</h2>
      </header>
      <dl class="legend">
        <LegendItem label="Free seats held" value={free.held} />
        <LegendItem label="Free seats still available" value={free.available} />
        <LegendItem label="Paid seats held" value={paid.held} />
        <LegendItem label="Monthly cost" value={paid.monthlyCost} shown={formatUsd(paid.monthlyCost)} />
      </dl>
      <p class="card__note">
        {quota.rulebook === 'current'
          ? `Up to ${formatCount(free.allocation)} seats are free; seats bought beyond them are paid at the catalogue's list price.`
          : 'Under this rulebook seats beyond the free allocation are refused, so none are paid.'}
      </p>
    </section>
  );
}
