import type { HistoryEntry } from '../api/types';

function text(data: Readonly<Record<string, unknown>>, key: string): string {
  const value = data[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '?';
}


/** Why a licence left an account (the domain's UnassignReason), in words. */
export const UNASSIGN_REASONS: Readonly<Record<string, string>> = {
  removed: 'removed by an administrator',
  'account-deleted': 'the account was deleted',
  replaced: 'the account was replaced',
};

/** One event of SPEC §2 as a sentence, SKUs by the catalogue's names; unknown (future) types fall back to their name. */
export function eventSummary(entry: HistoryEntry, nameOf: (sku: string) => string): string {
  const { data } = entry;
  const sku = (key: string): string => nameOf(text(data, key));
  switch (entry.type) {
    case 'AccountCreated': {
      const kind = data.kind === 'resource' ? `resource account (${text(data, 'resourceType')})` : 'user';
      return `Created ${kind} ${text(data, 'accountId')} “${text(data, 'displayName')}”`;
    }
    case 'AccountDeleted':
      return `Deleted account ${text(data, 'accountId')}`;
    case 'LicensePurchased':
      return `Bought ${text(data, 'quantity')} × ${sku('sku')} at ${text(data, 'unitPrice')} ${text(data, 'currency')} (rulebook ${text(data, 'rulebook')}, allocation then ${text(data, 'allocationAfter')})`;
    case 'LicensePurchaseCancelled':
      return `Cancelled the purchase of ${text(data, 'quantity')} × ${sku('sku')}`;
    case 'LicenseAssigned':
      return `Assigned ${sku('sku')} to ${text(data, 'accountId')}`;
    case 'LicenseUnassigned':
      return `Removed ${sku('sku')} from ${text(data, 'accountId')}: ${UNASSIGN_REASONS[text(data, 'reason')] ?? text(data, 'reason')}`;
    case 'LicenseSwapped':
      return `Swapped ${sku('fromSku')} for ${sku('toSku')} on ${text(data, 'accountId')} in one step`;
    case 'PhoneNumberAssigned':
      return `Gave ${text(data, 'phoneNumber')} to ${text(data, 'accountId')}`;
    case 'PhoneNumberReleased':
      return `Released ${text(data, 'phoneNumber')} from ${text(data, 'accountId')}`;
    case 'RulebookAdopted':
      return `Adopted the ${text(data, 'rulebook')} rulebook`;
    case 'SubscriptionExpired':
      return `The term of ${text(data, 'quantity')} × ${sku('sku')} ended at ${text(data, 'endedAt')}`;
    case 'SubscriptionRenewed':
      return `Renewed ${sku('sku')} (purchase ${text(data, 'purchaseId')}) until ${text(data, 'endsAt')}`;
    case 'PersonalDataErased':
      return 'Erased the personal data recorded until then (names, numbers, who acted)';
    default:
      return entry.type;
  }
}

/** A colour family per kind of change, so a long timeline can be scanned. */
export function eventTone(type: string): 'create' | 'remove' | 'licence' | 'number' | 'other' {
  if (type === 'AccountCreated' || type === 'LicensePurchased') return 'create';
  if (type === 'AccountDeleted' || type === 'LicensePurchaseCancelled' || type === 'LicenseUnassigned') return 'remove';
  if (type === 'LicenseAssigned' || type === 'LicenseSwapped') return 'licence';
  if (type.startsWith('PhoneNumber')) return 'number';
  return 'other';
}
