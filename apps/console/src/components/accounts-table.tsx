import { Fragment, type ComponentChildren } from 'preact';
import type { AccountView } from '../api/types';
import { BrokenByDetails } from './broken-by';
import { ColumnHeads } from './column-heads';
import { ComplianceFlags } from './compliance-badges';
import { LicenseChips } from './license-chips';
import { StatusBadge } from './status-badge';

/** The table's one-line version; the API's full statusReason is the cell's tooltip and in the manage panel. */
const AT_RISK_HINT = 'Phone-capable licence removed on its own. Assigning one in a separate step breaks it: swap or replace.';

export function accountTypeOf(account: AccountView): string {
  if (account.kind === 'user') return 'User';
  return account.resourceType === 'call-queue' ? 'Call queue' : 'Auto attendant';
}

interface AccountsTableProps {
  readonly accounts: readonly AccountView[];
  readonly selectedId?: string | undefined;
  /** Buttons of a row; absent on read-only views (auditors, as-of). */
  readonly renderActions?: (account: AccountView) => ComponentChildren;
  /** The panel under the selected row. */
  readonly renderDetail?: (account: AccountView) => ComponentChildren;
  readonly emptyText: string;
}

/** Accounts with their licences, number and split-swap status; a table that turns into cards on a phone. */
export function AccountsTable({ accounts, selectedId, renderActions, renderDetail, emptyText }: AccountsTableProps) {
  if (accounts.length === 0) return <p class="empty">{emptyText}</p>;
  const columns = renderActions === undefined ? 5 : 6;
  return (
    <table class="table table--accounts">
      <ColumnHeads names={['Account', 'Type', 'Licences', 'Phone number', 'Status']}>
        {renderActions !== undefined && (
          <th scope="col">
            <span class="visually-hidden">Actions</span>
          </th>
        )}
      </ColumnHeads>
      <tbody>
        {accounts.map((account) => (
          <Fragment key={account.accountId}>
            <tr
              class={`row--${account.status}${account.accountId === selectedId ? ' row--selected' : ''}`}
              data-account-id={account.accountId}
            >
              <td data-label="Account">
                <div>
                  <span class="account-name">{account.displayName}</span>
                  <span class="account-id">{account.accountId}</span>
                </div>
              </td>
              <td data-label="Type">{accountTypeOf(account)}</td>
              <td data-label="Licences">
                <LicenseChips licenses={account.licenses} />
              </td>
              <td data-label="Phone number">{account.phoneNumber ?? <span class="muted">—</span>}</td>
              <td data-label="Status" class="cell--status">
                <div title={account.statusReason}>
                  <StatusBadge status={account.status} />
                  {account.status === 'at-risk' && <p class="status-reason">{AT_RISK_HINT}</p>}
                  {account.brokenBy !== undefined && <BrokenByDetails brokenBy={account.brokenBy} />}
                  <ComplianceFlags flags={account.compliance} remedy={account.complianceRemedy} />
                </div>
              </td>
              {renderActions !== undefined && (
                <td class="cell--actions" data-label="">
                  {renderActions(account)}
                </td>
              )}
            </tr>
            {account.accountId === selectedId && renderDetail !== undefined && (
              <tr class="row--detail">
                <td colSpan={columns}>{renderDetail(account)}</td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
