import type { AccountKind, ResourceType, Term } from '../events/events';
import type { Sku } from '../catalogue/skus';
import type { Rulebook } from '../rulebooks/rulebook-names';

/**
 * Every write of SPEC §3/§4 as a command. One command is one licence activity (R5):
 * its events are appended atomically or not at all.
 * Ids, time and the service's settings come in from outside: the domain has no clock and no randomness.
 */

/** What every command may carry from the service's settings. */
export interface ServiceSettings {
  /**
   * R9: `LEDGER_RULEBOOK`. A tenant with no rulebook in force adopts it with this write, in the
   * same activity (a `RulebookAdopted` first). Without it, a tenant that never adopted one is
   * judged by `RULEBOOK_WHEN_NONE_ADOPTED` and adopts nothing.
   */
  readonly defaultRulebook?: Rulebook;
}

export interface PurchaseLicenses extends ServiceSettings {
  readonly type: 'PurchaseLicenses';
  readonly purchaseId: string;
  readonly sku: Sku;
  readonly quantity: number;
  /** R13: a subscription term; `endsAt` must be after `now`. */
  readonly term?: Term;
  /** The instant of the decision (ISO-8601 UTC); required with a term. */
  readonly now?: string;
}
export interface CancelPurchase extends ServiceSettings {
  readonly type: 'CancelPurchase';
  readonly purchaseId: string;
}
export interface CreateAccount extends ServiceSettings {
  readonly type: 'CreateAccount';
  readonly accountId: string;
  readonly displayName: string;
  readonly kind: AccountKind;
  readonly resourceType?: ResourceType;
}
export interface DeleteAccount extends ServiceSettings {
  readonly type: 'DeleteAccount';
  readonly accountId: string;
}
/**
 * Licence changes on one account in one activity: assign (`add: [sku]`), remove
 * (`remove: [sku]`), swap (`remove: [from], add: [to]`) and the general license-activities write.
 */
export interface ChangeLicenses extends ServiceSettings {
  readonly type: 'ChangeLicenses';
  readonly accountId: string;
  readonly add: readonly Sku[];
  readonly remove: readonly Sku[];
}
export interface AssignPhoneNumber extends ServiceSettings {
  readonly type: 'AssignPhoneNumber';
  readonly accountId: string;
  readonly phoneNumber: string;
}
export interface ReleasePhoneNumber extends ServiceSettings {
  readonly type: 'ReleasePhoneNumber';
  readonly accountId: string;
}
/** R6 remedy: a new resource account with the Virtual User licence and the old one's number. */
export interface ReplaceAccount extends ServiceSettings {
  readonly type: 'ReplaceAccount';
  readonly accountId: string;
  readonly newAccountId: string;
  readonly displayName?: string;
}

/** R9: govern the tenant by `rulebook` (a global admin's `PUT …/rulebook`); the same again appends nothing. */
export interface AdoptRulebook {
  readonly type: 'AdoptRulebook';
  readonly rulebook: Rulebook;
}
/**
 * R13: what the service's scheduler sends at a term's end (see `dueExpiries`): appends
 * `SubscriptionExpired` once; nothing if the purchase already expired, was cancelled, or was
 * renewed past `now`.
 */
export interface ExpireSubscription extends ServiceSettings {
  readonly type: 'ExpireSubscription';
  readonly purchaseId: string;
  /** The instant of the decision (ISO-8601 UTC). */
  readonly now: string;
}
/** R13: the term of `purchaseId` now ends at `endsAt`, which must be after `now`. */
export interface RenewSubscription extends ServiceSettings {
  readonly type: 'RenewSubscription';
  readonly purchaseId: string;
  readonly endsAt: string;
  /** The instant of the decision (ISO-8601 UTC). */
  readonly now: string;
}

/**
 * SPEC §5: erase the tenant's personal data (a global admin's `DELETE …/personal-data`). Takes no
 * settings: an erasure never adopts a rulebook.
 */
export interface ErasePersonalData {
  readonly type: 'ErasePersonalData';
}

export type LedgerCommand =
  | PurchaseLicenses
  | CancelPurchase
  | CreateAccount
  | DeleteAccount
  | ChangeLicenses
  | AssignPhoneNumber
  | ReleasePhoneNumber
  | ReplaceAccount
  | AdoptRulebook
  | ExpireSubscription
  | RenewSubscription
  | ErasePersonalData;

export type LedgerCommandType = LedgerCommand['type'];

/** The command with the service's settings (R9), for every command that takes them. */
export function withServiceSettings(
  command: LedgerCommand,
  settings: Required<ServiceSettings>,
): LedgerCommand {
  return command.type === 'AdoptRulebook' || command.type === 'ErasePersonalData'
    ? command
    : { ...command, ...settings };
}
