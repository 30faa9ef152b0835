import { mayHold, skuOfPartNumber, SKUS, type Sku, type TenantState } from '@ledger/licensing';
import type { AuditLicenseChange, AuditLog } from './audit-log';
import { importCommandId, type PlannedActivity } from './planned-activity';
import type { ApplicationInstance } from './tenant-export';
import { RESOURCE_APPLICATION_IDS } from './tenant-in-ledger-terms';

/** The file kind of the audit log in the metadata (`importedFrom.file`) of what its replay records. */
export const AUDIT_LOG_FILE = 'audit-log';

export interface AuditReplayPlan {
  readonly planned: readonly PlannedActivity[];
  /** Records of the file read past: repeated ids, already replayed, or about an account that is no resource account. */
  readonly repeated: number;
  /** Records telling the change the account's record before them told (a "Change user license." and its "Update user."). */
  readonly sameChange: number;
  readonly alreadyReplayed: number;
  readonly notResourceAccounts: number;
  /** Part numbers the catalogue does not know, met in the changes (ignored). */
  readonly unknownPartNumbers: readonly string[];
  /** Changes that would land before the ledger's newest event: the replay is refused when any. */
  readonly outOfOrder: readonly AuditLicenseChange[];
}

export interface AuditReplayInput {
  readonly tenantId: string;
  readonly log: AuditLog;
  /** `Get-CsOnlineApplicationInstance`: which accounts are resource accounts, and their names. */
  readonly resourceAccounts: readonly ApplicationInstance[];
  readonly ledger: TenantState;
  /** Audit record ids the ledger already holds activities of (`importedFrom` of file `audit-log`). */
  readonly replayed: ReadonlySet<string>;
  /** The `occurredAt` of the ledger's newest event; '' when it has none. */
  readonly latestOccurredAt: string;
}

function skusOf(partNumbers: readonly string[], unknown: Set<string>): Set<Sku> {
  const skus = new Set<Sku>();
  for (const partNumber of partNumbers) {
    const sku = skuOfPartNumber(partNumber);
    if (sku === undefined) unknown.add(partNumber);
    else if (mayHold('resource', sku)) skus.add(sku);
  }
  return skus;
}

function sameParts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((partNumber) => b.includes(partNumber));
}

/**
 * Whether `next` tells again the change `previous` (the same account's record just before it) told:
 * the same licences before and after. One change can be logged as a "Change user license." record
 * and an "Update user." record beside it (fixtures README: third-party reports, not verified), both
 * with the old and new licences; two changes in a row of one account cannot both go from the same
 * licences to the same others, so the second is the first told again, and is applied once.
 */
function describesSameChange(previous: AuditLicenseChange, next: AuditLicenseChange): boolean {
  return (
    sameParts(previous.oldPartNumbers, next.oldPartNumbers) &&
    sameParts(previous.newPartNumbers, next.newPartNumbers)
  );
}

interface ChangeOfAccount {
  readonly change: AuditLicenseChange;
  readonly account: ApplicationInstance;
}

/** The resource account the first of a change's targets that names one names. */
function resourceAccountOf(
  change: AuditLicenseChange,
  byTarget: ReadonlyMap<string, ApplicationInstance>,
): ApplicationInstance | undefined {
  for (const target of change.targets) {
    const account = byTarget.get(target);
    if (account !== undefined) return account;
  }
  return undefined;
}

/** By recorded time; records of the same instant by id, so every run plans them in one order. */
function inTimeOrder(a: ChangeOfAccount, b: ChangeOfAccount): number {
  if (a.change.at !== b.change.at) return a.change.at < b.change.at ? -1 : 1;
  return a.change.recordId.localeCompare(b.change.recordId);
}

/**
 * Each licence change of a resource account as licence activities at its recorded time, in time
 * order, each audit record once. What a record implies is recorded with it: the account (it
 * existed, its licences changed) and, when the ledger holds no free seat for a licence it was given,
 * the seat (the vendor assigns only seats the tenant holds). The record's change is one activity,
 * so a Teams Phone Standard licence removed in one record and the Resource Account licence given in
 * a later one is a split swap in the ledger too (R6), named by the record ids that made it.
 */
export function planAuditReplay(input: AuditReplayInput): AuditReplayPlan {
  const byTarget = new Map<string, ApplicationInstance>();
  for (const instance of input.resourceAccounts) {
    if (RESOURCE_APPLICATION_IDS[instance.applicationId] === undefined) continue;
    byTarget.set(instance.objectId, instance);
    byTarget.set(instance.userPrincipalName.toLowerCase(), instance);
  }
  const seen = new Set<string>();
  let repeated = 0;
  let notResourceAccounts = 0;
  const ofResourceAccounts: ChangeOfAccount[] = [];
  for (const change of input.log.changes) {
    if (seen.has(change.recordId)) {
      repeated += 1;
      continue;
    }
    seen.add(change.recordId);
    const account = resourceAccountOf(change, byTarget);
    if (account === undefined) {
      notResourceAccounts += 1;
      continue;
    }
    ofResourceAccounts.push({ change, account });
  }
  ofResourceAccounts.sort(inTimeOrder);
  // Judged on the whole file, replayed records too, so that a second run skips the same records.
  const previousOf = new Map<string, AuditLicenseChange>();
  let sameChange = 0;
  let alreadyReplayed = 0;
  const changes: ChangeOfAccount[] = [];
  for (const entry of ofResourceAccounts) {
    const previous = previousOf.get(entry.account.objectId);
    previousOf.set(entry.account.objectId, entry.change);
    if (previous !== undefined && describesSameChange(previous, entry.change)) {
      sameChange += 1;
      continue;
    }
    if (input.replayed.has(entry.change.recordId)) {
      alreadyReplayed += 1;
      continue;
    }
    changes.push(entry);
  }
  const latest = input.latestOccurredAt;
  const outOfOrder = changes
    .filter(({ change }) => latest !== '' && change.at < latest)
    .map(({ change }) => change);

  const existing = new Set(input.ledger.accounts.keys());
  const held = new Map(
    [...input.ledger.accounts.values()].map((account) => [account.accountId, new Set(account.licenses)]),
  );
  const free = Object.fromEntries(
    SKUS.map((sku) => [sku, input.ledger.seats[sku].purchased - input.ledger.seats[sku].assigned]),
  ) as Record<Sku, number>;
  const unknown = new Set<string>();
  const planned: PlannedActivity[] = [];
  for (const { change, account } of changes) {
    const accountId = account.objectId;
    // One source for every activity of the record (they are many: one object, not one each).
    const importedFrom = { file: AUDIT_LOG_FILE, record: change.recordId };
    const plan = (name: string, command: PlannedActivity['command']): void => {
      planned.push({
        commandId: importCommandId(input.tenantId, AUDIT_LOG_FILE, change.recordId, name),
        command,
        importedFrom,
        subject: accountId,
        occurredAt: change.at,
      });
    };
    const before = skusOf(change.oldPartNumbers, unknown);
    const after = skusOf(change.newPartNumbers, unknown);
    if (!existing.has(accountId)) {
      plan('account', {
        type: 'CreateAccount',
        accountId,
        displayName: account.displayName,
        kind: 'resource',
        resourceType: RESOURCE_APPLICATION_IDS[account.applicationId],
      });
      existing.add(accountId);
      held.set(accountId, new Set());
    }
    const holding = held.get(accountId) ?? new Set<Sku>();
    const remove: Sku[] = [];
    const add: Sku[] = [];
    // In catalogue order, as the activity names them.
    for (const sku of SKUS) {
      if (before.has(sku) && !after.has(sku) && holding.has(sku)) remove.push(sku);
      else if (after.has(sku) && !before.has(sku) && !holding.has(sku)) add.push(sku);
    }
    if (remove.length === 0 && add.length === 0) continue;
    for (const sku of remove) free[sku] += 1;
    for (const sku of add) {
      if (free[sku] < 1) {
        const seat = `seat ${sku}`;
        plan(seat, {
          type: 'PurchaseLicenses',
          purchaseId: importCommandId(input.tenantId, AUDIT_LOG_FILE, change.recordId, seat),
          sku,
          quantity: 1,
        });
        free[sku] += 1;
      }
      free[sku] -= 1;
    }
    plan('licenses', { type: 'ChangeLicenses', accountId, add, remove });
    for (const sku of remove) holding.delete(sku);
    for (const sku of add) holding.add(sku);
  }
  return {
    planned,
    repeated,
    sameChange,
    alreadyReplayed,
    notResourceAccounts,
    unknownPartNumbers: [...unknown].sort(),
    outOfOrder,
  };
}
