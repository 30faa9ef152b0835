import type { QuotaView } from '../api/types';
import { formatCount } from '../format';
import { AllocationGauge, GAUGE_COLOURS } from './allocation-gauge';
import { useCatalogue } from './catalogue-context';
import { ExpiringTerms } from './expiring-terms';
import { LegendItem } from './legend-item';
import { PolicyBadge } from './policy-badge';
import { ResourceSeatsCard } from './resource-seats-card';
import { ShortfallsNotice } from './shortfalls-notice';

/** R2 in words, for the policy in force. */
function allocationRule(policy: string | null): string {
  if (policy === 'per-ten') return 'A(N) = 25 + ⌊N / 10⌋ for N ≥ 1';
  return 'A(N) = 24 + N for N ≥ 1 (25 for the first)';
}

/** Over-allocation (SPEC §3, R10): cancelled or expired qualifying seats pushed A(N) below the free seats held. */
export function OverAllocationFlag({ quota }: { readonly quota: QuotaView }) {
  if (quota.overAllocatedBy === 0) return null;
  const { allocation } = quota.virtualUser;
  return (
    <div class="notice notice--error" role="alert" data-flag="over-allocated">
      <div class="notice__body">
        <strong class="notice__title">Over-allocated</strong>
        <p class="notice__message">
          Over by <span data-figure="over-allocated-by">{formatCount(quota.overAllocatedBy)}</span>: more free Virtual User seats are held than
          the allocation of {formatCount(allocation)} allows, because qualifying seats were cancelled or ended. Buy qualifying seats again or
          cancel unused Virtual User seats.
        </p>
      </div>
    </div>
  );
}

/** A tenant's quota: the Virtual User gauge, the Phone System seats that earn it, the policy. */
export function QuotaSummary({ quota }: { readonly quota: QuotaView }) {
  const { virtualUser: vu, phoneSystemSeats: ps } = quota;
  const { skus, entryOf, nameOf } = useCatalogue();
  // R9: which SKUs count for N depends on the rulebook in force; the catalogue says which.
  const qualifying = skus
    .filter((sku) => entryOf(sku)?.countsFor.includes(quota.rulebook) ?? false)
    .map(nameOf)
    .join(', ');
  const purchasable = quota.virtualUser.purchasable ?? Math.max(0, vu.allocation - vu.purchased);
  const psShare = ps.purchased === 0 ? 0 : Math.min(100, (ps.assigned / ps.purchased) * 100);
  return (
    <div class="quota">
      <OverAllocationFlag quota={quota} />
      <ShortfallsNotice shortfalls={quota.shortfalls} />
      <div class="card-grid">
        <section class="card card--gauge" aria-labelledby="vu-title">
          <header class="card__header">
            <h2 id="vu-title">Virtual User licences</h2>
            <PolicyBadge policy={quota.policy} />
          </header>
          <AllocationGauge allocation={vu.allocation} purchased={vu.free.held} assigned={vu.assigned} />
          <dl class="legend">
            <LegendItem label="Allocation" value={vu.allocation} />
            <LegendItem label="Purchased" value={vu.purchased} />
            <LegendItem colour={GAUGE_COLOURS.assigned} label="Assigned" value={vu.assigned} />
            <LegendItem colour={GAUGE_COLOURS.free} label="Available to assign" value={vu.available} />
            <LegendItem colour={GAUGE_COLOURS.purchasable} label="Can still be bought" value={purchasable} />
            {quota.overAllocatedBy > 0 && <LegendItem colour={GAUGE_COLOURS.over} label="Over the allocation" value={quota.overAllocatedBy} />}
          </dl>
        </section>
        <section class="card" aria-labelledby="ps-title">
          <header class="card__header">
            <h2 id="ps-title">Phone System seats</h2>
          </header>
          <p class="card__lead">
            <span class="figure" data-figure="phone-system-purchased">{formatCount(ps.purchased)}</span> qualifying seats (N),{' '}
            {formatCount(ps.assigned)} assigned.
          </p>
          <p class="card__note">Counted for N under this rulebook: {qualifying}.</p>
          <div class="meter" role="meter" aria-valuemin={0} aria-valuemax={ps.purchased} aria-valuenow={ps.assigned} aria-label="Phone System seats assigned">
            <div class="meter__fill" style={{ width: `${psShare}%` }} />
          </div>
          <p class="card__note">
            {ps.purchased === 0
              ? `No seats of ${qualifying}: the tenant does not qualify for free Virtual User licences yet.`
              : `They earn ${formatCount(vu.allocation)} free Virtual User licences: ${allocationRule(quota.policy)}.`}
          </p>
          <p class="card__note card__note--muted">
            Log position {quota.position ?? '— (no events yet)'}
          </p>
        </section>
        <ResourceSeatsCard quota={quota} />
        <ExpiringTerms terms={quota.expiring} />
      </div>
    </div>
  );
}
