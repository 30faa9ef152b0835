import { createHash } from 'node:crypto';
import { SKU_CATALOG, SKUS, VIRTUAL_USER_SKU, type Sku, type TenantState } from '@ledger/licensing';
import { importCommandId, type PlannedActivity } from './planned-activity';
import type { Reconciliation } from './reconciliation';
import { EXPORT_FILES } from './tenant-export';
import type { ImportedTenant } from './tenant-in-ledger-terms';

/**
 * Purchases in the order the allocation needs them: the SKUs that count towards N first, the
 * Resource Account licence (bought against the allocation they make) after them, the rest last.
 */
const PURCHASE_ORDER: readonly Sku[] = [
  ...SKUS.filter((sku) => SKU_CATALOG[sku].countsFor.length > 0),
  VIRTUAL_USER_SKU,
  ...SKUS.filter((sku) => SKU_CATALOG[sku].countsFor.length === 0 && sku !== VIRTUAL_USER_SKU),
];

/** A digest of the numbers exported, so a phone number's command id changes with the export but never reveals a number. */
function numbersDigest(tenant: ImportedTenant): string {
  const hash = createHash('sha256');
  for (const account of tenant.accounts) hash.update(`${account.accountId}=${account.phoneNumber ?? ''};`);
  return hash.digest('hex');
}

/**
 * The licence activities that record the differences, in an order the rules accept: seats, then
 * accounts, then licences (accounts that only give licences back first, so their seats are free),
 * then phone numbers (released before assigned, so a number can move). Each account's licence
 * changes are one activity: a switch from Teams Phone Standard to the Resource Account licence is a
 * swap, never a split swap (R5, R6). Seats beyond the export and accounts only in the ledger are
 * reported, never cancelled or deleted.
 */
export function planImport(
  tenantId: string,
  tenant: ImportedTenant,
  reconciliation: Reconciliation,
  ledger: TenantState,
): PlannedActivity[] {
  const planned: PlannedActivity[] = [];
  for (const sku of PURCHASE_ORDER) {
    const missing = tenant.seats[sku] - ledger.seats[sku].purchased;
    if (missing <= 0) continue;
    const record = tenant.partNumbers[sku].join('+');
    const commandId = importCommandId(
      tenantId,
      EXPORT_FILES.subscribedSkus,
      record,
      String(tenant.seats[sku]),
    );
    planned.push({
      commandId,
      command: { type: 'PurchaseLicenses', purchaseId: commandId, sku, quantity: missing },
      importedFrom: { file: EXPORT_FILES.subscribedSkus, record },
      subject: sku,
    });
  }
  const accounts = new Map(tenant.accounts.map((account) => [account.accountId, account]));
  for (const { accountId } of reconciliation.accountsOnlyInTenant) {
    const account = accounts.get(accountId);
    if (account === undefined) continue;
    planned.push({
      commandId: importCommandId(tenantId, account.file, accountId, 'account'),
      command: {
        type: 'CreateAccount',
        accountId,
        displayName: account.displayName,
        kind: account.kind,
        ...(account.resourceType === undefined ? {} : { resourceType: account.resourceType }),
      },
      importedFrom: { file: account.file, record: accountId },
      subject: accountId,
    });
  }
  const changes = [...reconciliation.licenses].sort(
    (a, b) => Number(a.onlyInTenant.length > 0) - Number(b.onlyInTenant.length > 0),
  );
  for (const { accountId, onlyInTenant, onlyInLedger } of changes) {
    const account = accounts.get(accountId);
    if (account === undefined) continue;
    planned.push({
      commandId: importCommandId(tenantId, EXPORT_FILES.users, accountId, 'licenses', ...account.licenses),
      command: { type: 'ChangeLicenses', accountId, add: onlyInTenant, remove: onlyInLedger },
      importedFrom: { file: EXPORT_FILES.users, record: accountId },
      subject: accountId,
    });
  }
  const digest = numbersDigest(tenant);
  const file = EXPORT_FILES.applicationInstances;
  for (const { accountId, ledger: held } of reconciliation.phoneNumbers) {
    if (held === null) continue;
    planned.push({
      commandId: importCommandId(tenantId, file, accountId, 'release-number', digest),
      command: { type: 'ReleasePhoneNumber', accountId },
      importedFrom: { file, record: accountId },
      subject: accountId,
    });
  }
  for (const { accountId, tenant: number } of reconciliation.phoneNumbers) {
    if (number === null) continue;
    planned.push({
      commandId: importCommandId(tenantId, file, accountId, 'assign-number', digest),
      command: { type: 'AssignPhoneNumber', accountId, phoneNumber: number },
      importedFrom: { file, record: accountId },
      subject: accountId,
    });
  }
  return planned;
}
