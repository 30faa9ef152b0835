import { useState } from 'preact/hooks';
import type { AccountView } from '../api/types';
import type { Writer } from '../hooks';
import { useSession } from './session-context';

interface ReplaceAccountFormProps {
  readonly account: AccountView;
  readonly tenantId: string;
  readonly writer: Writer;
  readonly onReplaced: (newAccountId: string) => void;
  readonly onCancel: () => void;
}

/** Suggests an id that says what it replaces; the administrator may type any other. */
function suggestedId(accountId: string): string {
  const numbered = /^(.*)-r(\d+)$/.exec(accountId);
  const suggestion = numbered === null ? `${accountId}-r2` : `${numbered[1]}-r${Number(numbered[2]) + 1}`;
  return suggestion.slice(0, 128);
}

/**
 * R6's remedy as one command: a new resource account with the Virtual User licence takes over
 * the number and other licences, and the broken account is deleted.
 */
export function ReplaceAccountForm({ account, tenantId, writer, onReplaced, onCancel }: ReplaceAccountFormProps) {
  const { api } = useSession();
  const [newAccountId, setNewAccountId] = useState(() => suggestedId(account.accountId));
  const [displayName, setDisplayName] = useState(account.displayName);

  return (
    <form
      class="replace-form"
      aria-label={`Replace ${account.accountId}`}
      onSubmit={(event) => {
        event.preventDefault();
        const id = newAccountId.trim();
        void writer
          .run(`Replace ${account.accountId} with ${id}`, () =>
            api.replaceAccount(tenantId, account.accountId, id, displayName.trim() === account.displayName ? undefined : displayName.trim()),
          )
          .then((saved) => saved && onReplaced(id));
      }}
    >
      <h2>Replace {account.displayName}</h2>
      <p class="muted">
        A new {account.resourceType === 'call-queue' ? 'call queue' : 'auto attendant'} account gets the free Virtual User
        licence{account.phoneNumber === null ? '' : ` and ${account.phoneNumber}`}; {account.accountId} is then deleted.
      </p>
      <div class="form-row">
        <label>
          <span>New account id</span>
          <input name="new-account-id" required value={newAccountId} onInput={(event) => setNewAccountId(event.currentTarget.value)} />
        </label>
        <label>
          <span>Display name</span>
          <input name="new-display-name" value={displayName} onInput={(event) => setDisplayName(event.currentTarget.value)} />
        </label>
      </div>
      <div class="form-actions">
        <button type="submit" class="button button--primary" disabled={writer.busy}>
          Replace account
        </button>
        <button type="button" class="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
