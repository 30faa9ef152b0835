import type { components, operations } from './generated/ledger-api';

/**
 * The shapes of SPEC §3 the console reads and writes, taken from the types generated from the
 * API's OpenAPI document (./generated/ledger-api.ts, `npm run generate:api`): a change of a view
 * on the server fails `npm run typecheck:console` where the console reads it.
 */

type Schemas = components['schemas'];

export type QuotaView = Schemas['QuotaView'];
export type Sku = Schemas['Sku'];
export type Rulebook = Schemas['RulebookBody']['rulebook'];
export type ComplianceFlag = Schemas['ComplianceFlag'];
export type CatalogueEntry = Schemas['CatalogueEntry'];
export type ExpiringTerm = Schemas['ExpiringTerm'];
export type Shortfall = Schemas['Shortfall'];
export type PurchaseTerm = Schemas['TermBody'];
export type AccountView = Schemas['AccountView'];
export type BrokenBy = Schemas['BrokenBy'];
export type AccountStatus = AccountView['status'];
export type ResourceType = NonNullable<AccountView['resourceType']>;
export type EventType = Schemas['EventType'];
export type LedgerWarning = Schemas['Warning'];
export type WarningCode = LedgerWarning['code'];
export type WriteAnswer = Schemas['WriteAnswer'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type HistoryPage = Schemas['HistoryPage'];
export type HistoryQuery = NonNullable<operations['TenantReadsController_history']['parameters']['query']>;
/** One tenant's row of the quota report: its quota view. */
export type TenantQuotaRow = Schemas['QuotaReport']['tenants'][number];
/** One row of the broken-accounts report: an account view with its tenant. */
export type BrokenAccountRow = Schemas['BrokenAccountsReport']['accounts'][number];
export type ErrorBody = Schemas['ErrorBody'];

/**
 * The lists the console's menus offer, in its order. Types carry no values, so the lists are
 * written here, and this compiles only while each names every member of its generated type.
 */
const everyOf =
  <T extends string>() =>
  <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : never)): L =>
    list;

export const ACCOUNT_STATUSES = everyOf<AccountStatus>()(['healthy', 'at-risk', 'broken']);
export const RESOURCE_TYPES = everyOf<ResourceType>()(['auto-attendant', 'call-queue']);
export const RULEBOOKS = everyOf<Rulebook>()(['2019', '2020', 'current']);
export const COMPLIANCE_FLAGS = everyOf<ComplianceFlag>()(['UNLICENSED', 'FULL_LICENCE']);
export const WARNING_CODES = everyOf<WarningCode>()(['SPLIT_SWAP_RISK', 'FULL_LICENCE_ON_RESOURCE_ACCOUNT']);
export const EVENT_TYPES = everyOf<EventType>()([
  'AccountCreated',
  'AccountDeleted',
  'LicensePurchased',
  'LicensePurchaseCancelled',
  'LicenseAssigned',
  'LicenseUnassigned',
  'LicenseSwapped',
  'PhoneNumberAssigned',
  'PhoneNumberReleased',
  'RulebookAdopted',
  'SubscriptionExpired',
  'SubscriptionRenewed',
  'PersonalDataErased',
]);
