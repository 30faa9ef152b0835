import { skuName, type Sku } from '../api/sku-catalogue';

/** The SKUs an account holds, by their product names (the SKU code in the title). */
export function LicenseChips({ licenses }: { readonly licenses: readonly Sku[] }) {
  if (licenses.length === 0) return <span class="muted">No licences</span>;
  return (
    <span class="chips">
      {licenses.map((sku) => (
        <span class="chip" key={sku} title={sku} data-sku={sku}>
          {skuName(sku)}
        </span>
      ))}
    </span>
  );
}
