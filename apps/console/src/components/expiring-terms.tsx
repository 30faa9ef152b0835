import type { ExpiringTerm } from '../api/types';
import { formatCount, formatDateTime } from '../format';
import { useCatalogue } from './catalogue-context';

/** R13: terms ending within 30 days, trials marked, so they can be renewed before the seats stop counting. */
export function ExpiringTerms({ terms }: { readonly terms: readonly ExpiringTerm[] }) {
  const { nameOf } = useCatalogue();
  return (
    <section class="card" aria-labelledby="expiring-title">
      <header class="card__header">
        <h2 id="expiring-title">Terms ending soon</h2>
      </header>
      {terms.length === 0 ? (
        <p class="muted">No term ends within 30 days.</p>
      ) : (
        <ul class="term-list">
          {terms.map((term) => (
            <li key={term.purchaseId} data-expiring={term.purchaseId}>
              <span>
                {formatCount(term.quantity)} × {nameOf(term.sku)}
              </span>
              {term.trial && (
                <span class="badge badge--at-risk" data-trial>
                  Trial
                </span>
              )}
              <span class="muted">ends {formatDateTime(term.endsAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
