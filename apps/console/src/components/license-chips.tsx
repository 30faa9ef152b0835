import type { Sku } from '../api/types';
import { useCatalogue } from './catalogue-context';

/** The SKUs an account holds, by their product names (the SKU code in the title). */
export function LicenseChips({ licenses }: { readonly licenses: readonly Sku[] }) {
  const { nameOf } = useCatalogue();
  if (licenses.length === 0) return <span class="muted">No licences</span>;
  return (
    <span class="chips">
      {licenses.map((sku) => (
        <span class="chip" key={sku} title={sku} data-sku={sku}>
          {nameOf(sku)}
        </span>
      ))}
    </span>
  );
}
