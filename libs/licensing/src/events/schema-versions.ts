import type { LedgerEventType } from './events';

/**
 * The schema version each event type is written with today (SPEC §2: events are never
 * rewritten; a changed shape gets a new version and an upcaster from the old one).
 */
export const SCHEMA_VERSIONS: Readonly<Record<LedgerEventType, number>> = {
  AccountCreated: 1,
  AccountDeleted: 1,
  // v2: rulebook, freeQuantity, paidQuantity, term (R9, R10, R13).
  LicensePurchased: 2,
  LicensePurchaseCancelled: 1,
  LicenseAssigned: 1,
  LicenseUnassigned: 1,
  LicenseSwapped: 1,
  PhoneNumberAssigned: 1,
  PhoneNumberReleased: 1,
  RulebookAdopted: 1,
  SubscriptionExpired: 1,
  SubscriptionRenewed: 1,
  PersonalDataErased: 1,
};

/** The version to stamp on a new event of `type`. */
export function schemaVersionOf(type: LedgerEventType): number {
  return SCHEMA_VERSIONS[type];
}
