import { useState } from 'preact/hooks';
import { SKU_NAMES, SKUS, type AccountView, type Sku } from '../api/types';
import type { Writer } from '../hooks';
import { ConfirmButton } from './confirm-button';
import { useSession } from './session-context';

const PHONE_CAPABLE: readonly Sku[] = ['PHONE_SYSTEM', 'E5', 'PHONE_SYSTEM_VIRTUAL_USER'];

/** R4: what this account may be given; the API has the last word, this only keeps the list short. */
function assignableSkus(account: AccountView): Sku[] {
  return SKUS.filter((sku) => !account.licenses.includes(sku) && (account.kind === 'resource' || sku !== 'PHONE_SYSTEM_VIRTUAL_USER'));
}

/** R8: removing this licence leaves a numbered resource account without a phone-capable one. */
function removalRisksSplitSwap(account: AccountView, sku: Sku): boolean {
  if (account.kind !== 'resource' || !PHONE_CAPABLE.includes(sku)) return false;
  return account.licenses.filter((held) => PHONE_CAPABLE.includes(held)).length === 1;
}

interface AccountManagerProps {
  readonly account: AccountView;
  readonly tenantId: string;
  readonly writer: Writer;
}

/** Every change to one account, each one licence activity: licences, swap, phone number, deletion. */
export function AccountManager({ account, tenantId, writer }: AccountManagerProps) {
  const { api } = useSession();
  const { accountId } = account;
  const assignable = assignableSkus(account);
  const [toAssign, setToAssign] = useState<Sku | ''>('');
  const [swapFrom, setSwapFrom] = useState<Sku | ''>('');
  const [swapTo, setSwapTo] = useState<Sku | ''>('');
  const [phoneNumber, setPhoneNumber] = useState('');
  // A choice made before the last change may no longer be offered (e.g. the SKU was just assigned).
  const assignSku = toAssign !== '' && assignable.includes(toAssign) ? toAssign : assignable[0];
  const fromSku = swapFrom !== '' && account.licenses.includes(swapFrom) ? swapFrom : account.licenses[0];
  const toSku = swapTo !== '' && assignable.includes(swapTo) ? swapTo : assignable[0];

  return (
    <div class="manager" aria-label={`Manage ${accountId}`}>
      <p class={`manager__status manager__status--${account.status}`}>{account.statusReason}</p>
      <section class="manager__section">
        <h3>Licences</h3>
        {account.licenses.length === 0 ? (
          <p class="muted">No licences.</p>
        ) : (
          <ul class="manager__licenses">
            {account.licenses.map((sku) => (
              <li key={sku} data-sku={sku}>
                <span>{SKU_NAMES[sku]}</span>
                <ConfirmButton
                  label="Remove"
                  danger
                  disabled={writer.busy}
                  confirmLabel={`Remove ${SKU_NAMES[sku]}`}
                  question={
                    removalRisksSplitSwap(account, sku)
                      ? 'This is the last phone-capable licence: the account becomes at risk, and assigning one later in a separate step breaks it. Prefer “Swap”.'
                      : 'Remove this licence?'
                  }
                  onConfirm={() => void writer.run(`Remove ${SKU_NAMES[sku]} from ${accountId}`, () => api.removeLicense(tenantId, accountId, sku))}
                />
              </li>
            ))}
          </ul>
        )}
        {assignSku !== undefined && (
          <form
            class="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              void writer.run(`Assign ${SKU_NAMES[assignSku]} to ${accountId}`, () => api.assignLicense(tenantId, accountId, assignSku));
            }}
          >
            <label>
              <span>Assign licence</span>
              <select name="assign-sku" value={assignSku} onChange={(event) => setToAssign(event.currentTarget.value as Sku)}>
                {assignable.map((sku) => (
                  <option key={sku} value={sku}>
                    {SKU_NAMES[sku]}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" class="button button--primary" disabled={writer.busy}>
              Assign
            </button>
          </form>
        )}
      </section>

      {fromSku !== undefined && toSku !== undefined && (
        <section class="manager__section">
          <h3>Swap in one step</h3>
          <p class="muted">Removing and assigning in the same activity keeps a resource account working (R5).</p>
          <form
            class="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              void writer.run(`Swap ${SKU_NAMES[fromSku]} for ${SKU_NAMES[toSku]} on ${accountId}`, () =>
                api.swapLicense(tenantId, accountId, fromSku, toSku),
              );
            }}
          >
            <label>
              <span>From</span>
              <select name="swap-from" value={fromSku} onChange={(event) => setSwapFrom(event.currentTarget.value as Sku)}>
                {account.licenses.map((sku) => (
                  <option key={sku} value={sku}>
                    {SKU_NAMES[sku]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>To</span>
              <select name="swap-to" value={toSku} onChange={(event) => setSwapTo(event.currentTarget.value as Sku)}>
                {assignable.map((sku) => (
                  <option key={sku} value={sku}>
                    {SKU_NAMES[sku]}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" class="button button--secondary" disabled={writer.busy}>
              Swap
            </button>
          </form>
        </section>
      )}

      <section class="manager__section">
        <h3>Phone number</h3>
        {account.phoneNumber === null ? (
          <form
            class="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              void writer.run(`Assign ${phoneNumber} to ${accountId}`, () => api.assignPhoneNumber(tenantId, accountId, phoneNumber.trim()));
            }}
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
            <button type="submit" class="button button--secondary" disabled={writer.busy}>
              Assign number
            </button>
          </form>
        ) : (
          <div class="inline-form">
            <span class="figure-small">{account.phoneNumber}</span>
            <ConfirmButton
              label="Release"
              danger
              disabled={writer.busy}
              confirmLabel="Release number"
              question="The number stops reaching this account."
              onConfirm={() => void writer.run(`Release the number of ${accountId}`, () => api.releasePhoneNumber(tenantId, accountId))}
            />
          </div>
        )}
      </section>

      <section class="manager__section manager__section--danger">
        <h3>Delete account</h3>
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
