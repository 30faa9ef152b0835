import {
  disablesPhoneSystem,
  mayHold,
  PHONE_SYSTEM_SERVICE_PLAN_ID,
  skuOfPartNumber,
  SKUS,
  type AccountKind,
  type ResourceType,
  type Sku,
} from '@ledger/licensing';
import { EXPORT_FILES, type DirectoryUser, type TenantExport } from './tenant-export';

/** The vendor's application ids of the resource account types (New-CsOnlineApplicationInstance, -ApplicationId). */
export const RESOURCE_APPLICATION_IDS: Readonly<Record<string, ResourceType>> = {
  'ce933385-9390-45d1-9512-c8d228074e07': 'auto-attendant',
  '11cd3e2e-fccb-42ad-ad00-878b93575e07': 'call-queue',
};

/** License assignment states that hold a seat (Graph `licenseAssignmentState.state`). */
const HELD_STATES = new Set(['Active', 'ActiveWithError']);

/** An account of the tenant as the ledger would record it. */
export interface ImportedAccount {
  /** The directory object id. */
  readonly accountId: string;
  readonly displayName: string;
  readonly kind: AccountKind;
  readonly resourceType?: ResourceType;
  /** Catalogue SKUs held, in catalogue order. */
  readonly licenses: readonly Sku[];
  readonly phoneNumber: string | null;
  /** The export file and line the account was read from. */
  readonly file: string;
}

export interface UnknownSku {
  readonly skuPartNumber: string;
  readonly enabledUnits: number;
  readonly consumedUnits: number;
}

export interface UnrecordableLicense {
  readonly accountId: string;
  readonly sku: Sku;
  readonly reason: string;
}

/**
 * A licence held with its Phone System service plan turned off (`disabledPlans`, on every
 * assignment of it): the seat is held, but the account does not really have Phone System.
 */
export interface PhoneSystemDisabled {
  readonly accountId: string;
  readonly sku: Sku;
  /** The disabled service plan: MCOEV's id (libs/licensing vendor-service-plans.ts). */
  readonly servicePlanId: string;
}

/** A tenant export in the ledger's terms, with what the ledger cannot record set aside, never guessed. */
export interface ImportedTenant {
  readonly directoryTenantId: string;
  /** Seats held per catalogue SKU (`prepaidUnits.enabled`, summed over the part numbers sold as it). */
  readonly seats: Readonly<Record<Sku, number>>;
  /** The part numbers sold as each SKU, for the record of a purchase. */
  readonly partNumbers: Readonly<Record<Sku, readonly string[]>>;
  readonly accounts: readonly ImportedAccount[];
  readonly unknownSkus: readonly UnknownSku[];
  /** Resource accounts of an application that is neither an auto attendant nor a call queue: not imported. */
  readonly unknownApplications: readonly { readonly accountId: string; readonly applicationId: string }[];
  readonly unrecordableLicenses: readonly UnrecordableLicense[];
  readonly phoneSystemDisabled: readonly PhoneSystemDisabled[];
}

function bySku<T>(value: () => T): Record<Sku, T> {
  return Object.fromEntries(SKUS.map((sku) => [sku, value()])) as Record<Sku, T>;
}

export function tenantInLedgerTerms(exported: TenantExport): ImportedTenant {
  const seats = bySku(() => 0);
  const partNumbers = bySku<string[]>(() => []);
  const skuOfSkuId = new Map<string, Sku>();
  const unknownSkus: UnknownSku[] = [];
  for (const subscription of exported.subscriptions) {
    const sku = skuOfPartNumber(subscription.skuPartNumber);
    if (sku === undefined) {
      unknownSkus.push({
        skuPartNumber: subscription.skuPartNumber,
        enabledUnits: subscription.enabledUnits,
        consumedUnits: subscription.consumedUnits,
      });
      continue;
    }
    seats[sku] += subscription.enabledUnits;
    partNumbers[sku].push(subscription.skuPartNumber);
    skuOfSkuId.set(subscription.skuId, sku);
  }

  const instances = new Map(exported.applicationInstances.map((instance) => [instance.objectId, instance]));
  const accounts: ImportedAccount[] = [];
  const unknownApplications: Array<{ accountId: string; applicationId: string }> = [];
  const unrecordableLicenses: UnrecordableLicense[] = [];
  const phoneSystemDisabled: PhoneSystemDisabled[] = [];
  const licensesOf = (user: DirectoryUser, kind: AccountKind): Sku[] => {
    const held = new Set<Sku>();
    // A licence assigned twice (directly and by a group) has a plan when either assignment leaves it on.
    const phoneSystemOn = new Set<Sku>();
    for (const license of user.licenses) {
      const sku = skuOfSkuId.get(license.skuId);
      if (sku === undefined || !HELD_STATES.has(license.state)) continue;
      if (!disablesPhoneSystem(license.disabledPlans)) phoneSystemOn.add(sku);
      if (mayHold(kind, sku)) held.add(sku);
      else
        unrecordableLicenses.push({
          accountId: user.objectId,
          sku,
          reason: `a ${kind} account cannot hold ${sku} in the ledger`,
        });
    }
    const licenses = SKUS.filter((sku) => held.has(sku));
    for (const sku of licenses) {
      if (!phoneSystemOn.has(sku))
        phoneSystemDisabled.push({
          accountId: user.objectId,
          sku,
          servicePlanId: PHONE_SYSTEM_SERVICE_PLAN_ID,
        });
    }
    return licenses;
  };
  for (const user of exported.users) {
    const instance = instances.get(user.objectId);
    if (instance === undefined) {
      accounts.push({
        accountId: user.objectId,
        displayName: user.displayName,
        kind: 'user',
        licenses: licensesOf(user, 'user'),
        phoneNumber: null,
        file: EXPORT_FILES.users,
      });
      continue;
    }
    const resourceType = RESOURCE_APPLICATION_IDS[instance.applicationId];
    if (resourceType === undefined) {
      unknownApplications.push({ accountId: user.objectId, applicationId: instance.applicationId });
      continue;
    }
    accounts.push({
      accountId: user.objectId,
      displayName: instance.displayName,
      kind: 'resource',
      resourceType,
      licenses: licensesOf(user, 'resource'),
      phoneNumber: instance.phoneNumber,
      file: EXPORT_FILES.applicationInstances,
    });
  }
  return {
    directoryTenantId: exported.directoryTenantId,
    seats,
    partNumbers,
    accounts,
    unknownSkus,
    unknownApplications,
    unrecordableLicenses,
    phoneSystemDisabled,
  };
}
