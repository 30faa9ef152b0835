import type { Shortfall } from '../api/types';
import { formatCount } from '../format';
import { useCatalogue } from './catalogue-context';

/** R13: SKUs with more seats assigned than held (a term ended or seats were cancelled). */
export function ShortfallsNotice({ shortfalls }: { readonly shortfalls: readonly Shortfall[] }) {
  const { nameOf } = useCatalogue();
  if (shortfalls.length === 0) return null;
  return (
    <div class="notice notice--error" role="alert" data-flag="shortfalls">
      <div class="notice__body">
        <strong class="notice__title">More seats assigned than held</strong>
        <ul class="notice__message">
          {shortfalls.map((shortfall) => (
            <li key={shortfall.sku} data-shortfall={shortfall.sku}>
              {nameOf(shortfall.sku)}: {formatCount(shortfall.assigned)} assigned, {formatCount(shortfall.held)} held. Buy or renew seats, or remove
              licences.
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
