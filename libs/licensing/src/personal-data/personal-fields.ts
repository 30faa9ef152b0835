import type { LedgerEventType, PersonalField } from '../events/events';

/**
 * SPEC §5: what a personal field reads as once erased. A value no rule can mistake for a real
 * one: not an E.164 number (so it never holds a number, R8), and not a name anyone typed, since
 * it is never written by a person but only by erasure.
 */
export const ERASED = '[erased]';

/** Every kind of personal data the ledger keeps, in the order `PersonalDataErased` lists them. */
export const PERSONAL_FIELDS: readonly PersonalField[] = ['displayName', 'phoneNumber', 'actor'];

/**
 * Where each event type carries personal data in its `data` (SPEC §5: display names and phone
 * numbers; account ids are opaque keys, never personal). Every event also carries the actor in
 * its metadata (`PERSONAL_METADATA_FIELDS`). One table for the whole ledger: the store encrypts
 * these fields, erasure masks them, and nothing else decides what is personal.
 */
export const PERSONAL_DATA_FIELDS: Readonly<Record<LedgerEventType, readonly PersonalField[]>> = {
  AccountCreated: ['displayName'],
  AccountDeleted: [],
  LicensePurchased: [],
  LicensePurchaseCancelled: [],
  LicenseAssigned: [],
  LicenseUnassigned: [],
  LicenseSwapped: [],
  PhoneNumberAssigned: ['phoneNumber'],
  PhoneNumberReleased: ['phoneNumber'],
  RulebookAdopted: [],
  SubscriptionExpired: [],
  SubscriptionRenewed: [],
  PersonalDataErased: [],
};

/** The actor (the token's `sub`) in every event's metadata. */
export const PERSONAL_METADATA_FIELDS: readonly PersonalField[] = ['actor'];

/** The personal fields in the data of an event of `type`; none for a type this build does not know. */
export function personalDataFieldsOf(type: string): readonly PersonalField[] {
  return Object.prototype.hasOwnProperty.call(PERSONAL_DATA_FIELDS, type)
    ? PERSONAL_DATA_FIELDS[type as LedgerEventType]
    : [];
}

/**
 * `data` of an event of `type` with its personal fields read as erased (fields it does not hold
 * stay absent). For stored shapes of any version: the personal fields kept their names in every
 * version so far; a version that renames one must say so here.
 */
export function withPersonalDataErased<T extends Readonly<Record<string, unknown>>>(
  type: string,
  data: T,
): T {
  const fields = personalDataFieldsOf(type).filter((field) => field in data);
  if (fields.length === 0) return data;
  const erased: Record<string, unknown> = { ...data };
  for (const field of fields) erased[field] = ERASED;
  return erased as T;
}
