import { useState } from 'preact/hooks';
import { RESOURCE_TYPES, type ResourceType } from '../api/types';
import type { Writer } from '../hooks';
import { useSession } from './session-context';

interface CreateAccountFormProps {
  readonly tenantId: string;
  readonly writer: Writer;
  readonly onCreated: (accountId: string) => void;
}

const RESOURCE_TYPE_NAMES: Readonly<Record<ResourceType, string>> = {
  'auto-attendant': 'Auto attendant',
  'call-queue': 'Call queue',
};

/** A new resource account (or user); the API checks the id format and uniqueness. */
export function CreateAccountForm({ tenantId, writer, onCreated }: CreateAccountFormProps) {
  const { api } = useSession();
  const [accountId, setAccountId] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [kind, setKind] = useState<'resource' | 'user'>('resource');
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
        <label>
          <span>Kind</span>
          <select name="kind" value={kind} onChange={(event) => setKind(event.currentTarget.value as 'resource' | 'user')}>
            <option value="resource">Resource account</option>
            <option value="user">User</option>
          </select>
        </label>
        {kind === 'resource' && (
          <label>
            <span>Resource type</span>
            <select name="resource-type" value={resourceType} onChange={(event) => setResourceType(event.currentTarget.value as ResourceType)}>
              {RESOURCE_TYPES.map((type) => (
                <option key={type} value={type}>
                  {RESOURCE_TYPE_NAMES[type]}
                </option>
              ))}
            </select>
          </label>
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
