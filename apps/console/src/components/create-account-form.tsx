import { useState } from 'preact/hooks';
import { RESOURCE_TYPES, type ResourceType } from '../api/types';
import type { Writer } from '../hooks';
import { ChoiceField } from './choice-field';
import { useSession } from './session-context';

interface CreateAccountFormProps {
  readonly tenantId: string;
  readonly writer: Writer;
  readonly onCreated: (accountId: string) => void;
}

type AccountKind = 'resource' | 'user';
const ACCOUNT_KINDS: readonly AccountKind[] = ['resource', 'user'];
const ACCOUNT_KIND_NAMES: Readonly<Record<AccountKind, string>> = { resource: 'Resource account', user: 'User' };

const RESOURCE_TYPE_NAMES: Readonly<Record<ResourceType, string>> = {
  'auto-attendant': 'Auto attendant',
  'call-queue': 'Call queue',
};

/** A new resource account (or user); the API checks the id format and uniqueness. */
export function CreateAccountForm({ tenantId, writer, onCreated }: CreateAccountFormProps) {
  const { api } = useSession();
  const [accountId, setAccountId] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [kind, setKind] = useState<AccountKind>('resource');
  const [resourceType, setResourceType] = useState<ResourceType>('auto-attendant');

  return (
    <form
      class="card create-form"
      aria-label="New account"
      onSubmit={(event) => {
        event.preventDefault();
        const id = accountId.trim();
        const account = kind === 'resource' ? { accountId: id, displayName: displayName.trim(), kind, resourceType } : { accountId: id, displayName: displayName.trim(), kind };
        void writer.run(`Create ${id}`, () => api.createAccount(tenantId, account)).then((saved) => {
          if (!saved) return;
          setAccountId('');
          setDisplayName('');
          onCreated(id);
        });
      }}
    >
      <h2>New account</h2>
      <div class="form-row">
        <label>
          <span>Account id</span>
          <input name="account-id" required placeholder="aa-main" value={accountId} onInput={(event) => setAccountId(event.currentTarget.value)} />
        </label>
        <label>
          <span>Display name</span>
          <input name="display-name" required placeholder="Main auto attendant" value={displayName} onInput={(event) => setDisplayName(event.currentTarget.value)} />
        </label>
        <ChoiceField label="Kind" name="kind" value={kind} choices={ACCOUNT_KINDS} nameOf={(choice) => ACCOUNT_KIND_NAMES[choice]} onChange={setKind} />
        {kind === 'resource' && (
          <ChoiceField
            label="Resource type"
            name="resource-type"
            value={resourceType}
            choices={RESOURCE_TYPES}
            nameOf={(type) => RESOURCE_TYPE_NAMES[type]}
            onChange={setResourceType}
          />
        )}
      </div>
      <div class="form-actions">
        <button type="submit" class="button button--primary" disabled={writer.busy}>
          Create account
        </button>
      </div>
    </form>
  );
}
