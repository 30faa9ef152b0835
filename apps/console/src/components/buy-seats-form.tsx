import { useState } from 'preact/hooks';
import type { PurchaseTerm, QuotaView, Sku } from '../api/types';
import { formatCount, formatUsd } from '../format';
import type { Writer } from '../hooks';
import { useCatalogue } from './catalogue-context';
import { ChoiceField } from './choice-field';
import { useSession } from './session-context';

interface BuySeatsFormProps {
  readonly tenantId: string;
  readonly quota: QuotaView;
  readonly writer: Writer;
}

/** R13: a term ends at the start of its end date (UTC); no date, no term (perpetual seats). */
function termOf(endDate: string, trial: boolean): PurchaseTerm | undefined {
  return endDate === '' ? undefined : { endsAt: `${endDate}T00:00:00.000Z`, trial };
}

/**
 * Buys seats, optionally for a term (R13). Virtual User seats come first: free, but only up to the allocation (R3); the form
 * says how many remain, and the API's refusal is shown if the administrator asks for more.
 */
export function BuySeatsForm({ tenantId, quota, writer }: BuySeatsFormProps) {
  const { api } = useSession();
  const { skus, nameOf: skuName, entryOf } = useCatalogue();
  const [sku, setSku] = useState<Sku>('PHONE_SYSTEM_VIRTUAL_USER');
  const [quantity, setQuantity] = useState('1');
  const [endDate, setEndDate] = useState('');
  const [trial, setTrial] = useState(false);
  const purchasable = quota.virtualUser.purchasable ?? Math.max(0, quota.virtualUser.allocation - quota.virtualUser.purchased);
  const virtualUser = sku === 'PHONE_SYSTEM_VIRTUAL_USER';

  return (
    <form
      class="card buy-form"
      aria-label="Buy licences"
      onSubmit={(event) => {
        event.preventDefault();
        const count = Number(quantity);
        const term = termOf(endDate, trial);
        const until = term === undefined ? '' : ` until ${endDate}${term.trial ? ' (trial)' : ''}`;
        void writer.run(`Buy ${quantity} × ${skuName(sku)}${until}`, () => api.purchase(tenantId, sku, count, term));
      }}
    >
      <h2>Buy licences</h2>
      <div class="form-row">
        <ChoiceField label="Licence" name="sku" value={sku} choices={skus} nameOf={skuName} onChange={setSku} />
        <label class="field--narrow">
          <span>Quantity</span>
          <input name="quantity" type="number" inputMode="numeric" min={1} step={1} required value={quantity} onInput={(event) => setQuantity(event.currentTarget.value)} />
        </label>
        <button type="submit" class="button button--primary" disabled={writer.busy}>
          Buy
        </button>
      </div>
      <fieldset class="form-row buy-form__term">
        <legend>Term (optional: without an end date the seats are perpetual)</legend>
        <label>
          <span>Term ends (UTC)</span>
          <input name="term-ends" type="date" value={endDate} onInput={(event) => setEndDate(event.currentTarget.value)} />
        </label>
        <label class="checkbox">
          <input
            name="term-trial"
            type="checkbox"
            checked={trial}
            disabled={endDate === ''}
            onChange={(event) => setTrial(event.currentTarget.checked)}
          />
          Trial
        </label>
      </fieldset>
      <p class="card__note" data-hint="purchasable">
        {virtualUser
          ? quota.virtualUser.allocation === 0
            ? 'Free, but only for tenants holding Phone System or E5 seats: buy some first.'
            : quota.rulebook === 'current'
              ? // R10: beyond the free allocation seats are sold at the catalogue's list price.
                `${formatCount(quota.virtualUser.free.available)} more are free within the allocation of ${formatCount(quota.virtualUser.allocation)}; each seat beyond them costs ${formatUsd(entryOf(sku)?.listPriceUsd ?? 0)} a month.`
              : `Free (price 0). ${formatCount(purchasable)} more can be bought within the allocation of ${formatCount(quota.virtualUser.allocation)}.`
          : sku === 'CALLING_PLAN'
            ? 'Calling Plans are never needed for resource accounts.'
            : 'Each Phone System or E5 seat raises the free Virtual User allocation.'}
      </p>
    </form>
  );
}
