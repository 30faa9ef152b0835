import { useState } from 'preact/hooks';
import { ACCOUNT_STATUSES, COMPLIANCE_FLAGS, type AccountStatus, type AccountView, type ComplianceFlag } from '../api/types';
import { AccountManager } from '../components/account-manager';
import { AccountsTable } from '../components/accounts-table';
import { ComplianceBadge } from '../components/compliance-badges';
import { CreateAccountForm } from '../components/create-account-form';
import { ErrorNotice } from '../components/error-notice';
import { PageHeader } from '../components/page-header';
import { ReplaceAccountForm } from '../components/replace-account-form';
import { SegmentedFilter } from '../components/segmented-filter';
import { useSession } from '../components/session-context';
import { StatusBadge } from '../components/status-badge';
import { WriteOutcomeNotice } from '../components/write-outcome-notice';
import { useResource, useWriter } from '../hooks';
import { mayWrite } from '../session';

type Selection = { readonly accountId: string; readonly mode: 'manage' | 'replace' } | null;

/** A filter named in the address (?status=, ?compliance=) when it is one of the choices; otherwise all. */
function initialFilter<T extends string>(name: string, choices: readonly T[]): T | 'all' {
  const value = new URLSearchParams(window.location.search).get(name);
  return choices.find((choice) => choice === value) ?? 'all';
}

function emptyText(status: AccountStatus | 'all', compliance: ComplianceFlag | 'all'): string {
  if (status === 'all' && compliance === 'all') return 'No accounts yet. Create a resource account to begin.';
  const flagged = compliance === 'all' ? '' : ` flagged ${compliance}`;
  return `No ${status === 'all' ? '' : `${status} `}accounts${flagged}.`;
}

/** Broken and at-risk resource accounts are the ones to replace (R6). */
function needsReplacement(account: AccountView): boolean {
  return account.kind === 'resource' && account.status !== 'healthy';
}

/** Resource accounts with their split-swap status, the activities that broke them, and the remedy. */
export function AccountsPage({ tenantId }: { readonly tenantId: string }) {
  const { api, session, signOut } = useSession();
  const [status, setStatus] = useState<AccountStatus | 'all'>(() => initialFilter('status', ACCOUNT_STATUSES));
  const [compliance, setCompliance] = useState<ComplianceFlag | 'all'>(() => initialFilter('compliance', COMPLIANCE_FLAGS));
  const [includeUsers, setIncludeUsers] = useState(false);
  const [creating, setCreating] = useState(false);
  const [selection, setSelection] = useState<Selection>(null);
  const accounts = useResource(
    () =>
      api.accounts(tenantId, {
        ...(status === 'all' ? {} : { status }),
        ...(compliance === 'all' ? {} : { compliance }),
      }),
    [tenantId, status, compliance],
  );
  const writer = useWriter(() => accounts.reload());
  const writable = mayWrite(session);

  const shown = (accounts.data ?? []).filter((account) => includeUsers || account.kind === 'resource');
  const toggle = (accountId: string, mode: 'manage' | 'replace'): void =>
    setSelection((current) => (current?.accountId === accountId && current.mode === mode ? null : { accountId, mode }));

  return (
    <div class="page">
      <PageHeader title="Resource accounts" subtitle="Auto attendants and call queues, their licences and whether a split swap broke them.">
        {writable && (
          <button
            type="button"
            class={`button ${creating ? 'button--secondary' : 'button--primary'}`}
            onClick={() => setCreating((open) => !open)}
            aria-expanded={creating}
          >
            {creating ? 'Cancel new account' : 'New account'}
          </button>
        )}
      </PageHeader>
      <WriteOutcomeNotice outcome={writer.outcome} onDismiss={writer.dismiss} />
      {creating && writable && (
        <CreateAccountForm
          tenantId={tenantId}
          writer={writer}
          onCreated={(accountId) => {
            setCreating(false);
            setSelection({ accountId, mode: 'manage' });
          }}
        />
      )}
      <div class="toolbar" role="toolbar" aria-label="Filter accounts">
        <SegmentedFilter
          label="Status"
          value={status}
          choices={ACCOUNT_STATUSES}
          allLabel="All"
          render={(option) => <StatusBadge status={option} />}
          onChange={setStatus}
          dataName="data-filter"
        />
        <SegmentedFilter
          label="Compliance"
          value={compliance}
          choices={COMPLIANCE_FLAGS}
          allLabel="Any compliance"
          render={(option) => <ComplianceBadge flag={option} />}
          onChange={setCompliance}
          dataName="data-compliance-filter"
        />
        <label class="checkbox">
          <input type="checkbox" checked={includeUsers} onChange={(event) => setIncludeUsers(event.currentTarget.checked)} />
          Show user accounts too
        </label>
        {accounts.loading && <span class="muted">Refreshing…</span>}
      </div>
      {accounts.error !== undefined && <ErrorNotice error={accounts.error} action="Load the accounts" onSignInAgain={signOut} onRetry={accounts.reload} />}
      {accounts.data !== undefined && (
        <div class="card card--flush">
          <AccountsTable
            accounts={shown}
            selectedId={selection?.accountId}
            emptyText={emptyText(status, compliance)}
            renderActions={
              writable
                ? (account) => (
                    <span class="row-actions">
                      {needsReplacement(account) && (
                        <button type="button" class="button button--primary button--small" onClick={() => toggle(account.accountId, 'replace')}>
                          Replace
                        </button>
                      )}
                      <button
                        type="button"
                        class="button button--secondary button--small"
                        aria-expanded={selection?.accountId === account.accountId && selection.mode === 'manage'}
                        onClick={() => toggle(account.accountId, 'manage')}
                      >
                        Manage
                      </button>
                    </span>
                  )
                : undefined
            }
            renderDetail={(account) =>
              selection?.mode === 'replace' ? (
                <ReplaceAccountForm
                  account={account}
                  tenantId={tenantId}
                  writer={writer}
                  onCancel={() => setSelection(null)}
                  onReplaced={(newAccountId) => setSelection({ accountId: newAccountId, mode: 'manage' })}
                />
              ) : (
                <AccountManager account={account} tenantId={tenantId} writer={writer} />
              )
            }
          />
        </div>
      )}
    </div>
  );
}
