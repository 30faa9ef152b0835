import { useState } from 'preact/hooks';
import { assignableSkus, removalRisksSplitSwap } from '../api/catalogue';
import type { AccountView, Sku, WriteAnswer } from '../api/types';
import type { Writer } from '../hooks';
import { useCatalogue } from './catalogue-context';
import { ChoiceField } from './choice-field';
import { ConfirmButton } from './confirm-button';
import { InlineForm } from './inline-form';
import { WriteOutcomeNotice } from './write-outcome-notice';
import { useSession } from './session-context';

interface AccountManagerProps {
  readonly account: AccountView;
  readonly tenantId: string;
  readonly writer: Writer;
}

/** Every change to one account, each one licence activity: licences, swap, phone number, deletion. */
export function AccountManager({ account, tenantId, writer }: AccountManagerProps) {
  const { api } = useSession();
  const catalogue = useCatalogue();
  const skuName = catalogue.nameOf;
  const { accountId } = account;
  const assignable = assignableSkus(catalogue, account);
  const [toAssign, setToAssign] = useState<Sku | ''>('');
  const [swapFrom, setSwapFrom] = useState<Sku | ''>('');
  const [swapTo, setSwapTo] = useState<Sku | ''>('');
  const [phoneNumber, setPhoneNumber] = useState('');
  // A choice made before the last change may no longer be offered (e.g. the SKU was just assigned).
  const assignSku = toAssign !== '' && assignable.includes(toAssign) ? toAssign : assignable[0];
  const fromSku = swapFrom !== '' && account.licenses.includes(swapFrom) ? swapFrom : account.licenses[0];
  const toSku = swapTo !== '' && assignable.includes(swapTo) ? swapTo : assignable[0];
  // Issue 16 #1: this panel's writes answer in this panel, not at the top of the page.
  const here = `manage:${accountId}`;
  const run = (summary: string, write: () => Promise<WriteAnswer>): void => void writer.run(summary, write, here);

  return (
    <div class="manager" aria-label={`Manage ${accountId}`}>
      <p class={`manager__status manager__status--${account.status}`}>{account.statusReason}</p>
      <WriteOutcomeNotice outcome={writer.outcome} onDismiss={writer.dismiss} origin={here} />
      <section class="manager__section">
        <h2 class="manager__heading">Licences</h2>
        {account.licenses.length === 0 ? (
          <p class="muted">No licences.</p>
        ) : (
          <ul class="manager__licenses">
            {account.licenses.map((sku) => (
              <li key={sku} data-sku={sku}>
                <span>{skuName(sku)}</span>
                <ConfirmButton
                  label="Remove"
                  danger
                  disabled={writer.busy}
                  confirmLabel={`Remove ${skuName(sku)}`}
                  question={
                    removalRisksSplitSwap(catalogue, account, sku)
                      ? 'This is the last phone-capable licence: the account becomes at risk, and assigning one later in a separate step breaks it. Prefer “Swap”.'
                      : 'Remove this licence?'
                  }
                  onConfirm={() => run(`Remove ${skuName(sku)} from ${accountId}`, () => api.removeLicense(tenantId, accountId, sku))}
                />
              </li>
            ))}
          </ul>
        )}
        {assignSku !== undefined && (
          <InlineForm
            submitLabel="Assign"
            primary
            busy={writer.busy}
            onSubmit={() => run(`Assign ${skuName(assignSku)} to ${accountId}`, () => api.assignLicense(tenantId, accountId, assignSku))}
          >
            <ChoiceField label="Assign licence" name="assign-sku" value={assignSku} choices={assignable} nameOf={skuName} onChange={setToAssign} />
          </InlineForm>
        )}
      </section>

      {fromSku !== undefined && toSku !== undefined && (
        <section class="manager__section">
          <h2 class="manager__heading">Swap in one step</h2>
          <p class="muted">Removing and assigning in the same activity keeps a resource account working (R5).</p>
          <InlineForm
            submitLabel="Swap"
            busy={writer.busy}
            onSubmit={() =>
              run(`Swap ${skuName(fromSku)} for ${skuName(toSku)} on ${accountId}`, () => api.swapLicense(tenantId, accountId, fromSku, toSku))
            }
          >
            <ChoiceField label="From" name="swap-from" value={fromSku} choices={account.licenses} nameOf={skuName} onChange={setSwapFrom} />
            <ChoiceField label="To" name="swap-to" value={toSku} choices={assignable} nameOf={skuName} onChange={setSwapTo} />
          </InlineForm>
        </section>
      )}

      <section class="manager__section">
        <h2 class="manager__heading">Phone number</h2>
        {account.phoneNumber === null ? (
          <InlineForm
            submitLabel="Assign number"
            busy={writer.busy}
            onSubmit={() => run(`Assign ${phoneNumber} to ${accountId}`, () => api.assignPhoneNumber(tenantId, accountId, phoneNumber.trim()))}
          >
            <label>
              <span>E.164 number</span>
              <input
                name="phone-number"
                type="tel"
                placeholder="+14255550100"
                value={phoneNumber}
                onInput={(event) => setPhoneNumber(event.currentTarget.value)}
              />
            </label>
          </InlineForm>
        ) : (
          <div class="inline-form">
            <span class="figure-small">{account.phoneNumber}</span>
            <ConfirmButton
              label="Release"
              danger
              disabled={writer.busy}
              confirmLabel="Release number"
              question="The number stops reaching this account."
              onConfirm={() => run(`Release the number of ${accountId}`, () => api.releasePhoneNumber(tenantId, accountId))}
            />
          </div>
        )}
      </section>

      <section class="manager__section manager__section--danger">
        <h2 class="manager__heading">Delete account</h2>
        <ConfirmButton
          label="Delete account"
          danger
          disabled={writer.busy}
          confirmLabel={`Delete ${accountId}`}
          question="Its number and licences are released first (R7)."
          onConfirm={() => void writer.run(`Delete ${accountId}`, () => api.deleteAccount(tenantId, accountId))}
        />
      </section>
    </div>
  );
}
