import {
  complianceOf,
  SKUS,
  type AccountKind,
  type ComplianceFlag,
  type ResourceType,
  type Rulebook,
  type Sku,
  type TenantState,
} from '@ledger/licensing';
import type {
  ImportedAccount,
  ImportedTenant,
  PhoneSystemDisabled,
  UnknownSku,
  UnrecordableLicense,
} from './tenant-in-ledger-terms';

/** The differences between the ledger and the tenant as exported (issue 15: reconcile). */
export interface Reconciliation {
  readonly tenantId: string;
  readonly directoryTenantId: string;
  /** The rulebook the compliance flags are judged by: the tenant's in force, else the one it would adopt. */
  readonly rulebook: Rulebook;
  /** Seats per SKU where the two differ: `ledger` purchased, `tenant` enabled. */
  readonly seats: readonly { readonly sku: Sku; readonly ledger: number; readonly tenant: number }[];
  readonly accountsOnlyInTenant: readonly {
    readonly accountId: string;
    readonly kind: AccountKind;
    readonly resourceType?: ResourceType;
  }[];
  readonly accountsOnlyInLedger: readonly { readonly accountId: string; readonly kind: AccountKind }[];
  readonly licenses: readonly {
    readonly accountId: string;
    readonly onlyInTenant: readonly Sku[];
    readonly onlyInLedger: readonly Sku[];
  }[];
  readonly phoneNumbers: readonly {
    readonly accountId: string;
    readonly ledger: string | null;
    readonly tenant: string | null;
  }[];
  /** R11/R12: the flags the tenant's resource accounts have today, as exported. */
  readonly compliance: readonly { readonly accountId: string; readonly flags: readonly ComplianceFlag[] }[];
  readonly unknownSkus: readonly UnknownSku[];
  readonly unknownApplications: readonly { readonly accountId: string; readonly applicationId: string }[];
  readonly unrecordableLicenses: readonly UnrecordableLicense[];
  /** Licences whose Phone System service plan is turned off in the tenant: those accounts have no Phone System. */
  readonly phoneSystemDisabled: readonly PhoneSystemDisabled[];
}

/** The flags a tenant account would carry in the ledger (the domain's own rule, on the exported facts). */
function flagsOf(account: ImportedAccount, rulebook: Rulebook): ComplianceFlag[] {
  return complianceOf(
    {
      accountId: account.accountId,
      displayName: account.displayName,
      kind: account.kind,
      ...(account.resourceType === undefined ? {} : { resourceType: account.resourceType }),
      licenses: account.licenses,
      ...(account.phoneNumber === null ? {} : { phoneNumber: account.phoneNumber }),
      status: { status: 'healthy' },
    },
    rulebook,
  );
}

export function reconcile(
  tenantId: string,
  tenant: ImportedTenant,
  ledger: TenantState,
  defaultRulebook: Rulebook,
): Reconciliation {
  const rulebook = ledger.rulebook ?? defaultRulebook;
  const inTenant = new Set(tenant.accounts.map((account) => account.accountId));
  const licenses: Array<Reconciliation['licenses'][number]> = [];
  const phoneNumbers: Array<Reconciliation['phoneNumbers'][number]> = [];
  for (const account of tenant.accounts) {
    const held = ledger.accounts.get(account.accountId);
    const ledgerLicenses = held?.licenses ?? [];
    const onlyInTenant = account.licenses.filter((sku) => !ledgerLicenses.includes(sku));
    const onlyInLedger = SKUS.filter(
      (sku) => ledgerLicenses.includes(sku) && !account.licenses.includes(sku),
    );
    if (onlyInTenant.length > 0 || onlyInLedger.length > 0)
      licenses.push({ accountId: account.accountId, onlyInTenant, onlyInLedger });
    const ledgerNumber = held?.phoneNumber ?? null;
    if (ledgerNumber !== account.phoneNumber)
      phoneNumbers.push({ accountId: account.accountId, ledger: ledgerNumber, tenant: account.phoneNumber });
  }
  return {
    tenantId,
    directoryTenantId: tenant.directoryTenantId,
    rulebook,
    seats: SKUS.map((sku) => ({
      sku,
      ledger: ledger.seats[sku].purchased,
      tenant: tenant.seats[sku],
    })).filter(({ ledger: held, tenant: exported }) => held !== exported),
    accountsOnlyInTenant: tenant.accounts
      .filter((account) => !ledger.accounts.has(account.accountId))
      .map(({ accountId, kind, resourceType }) => ({
        accountId,
        kind,
        ...(resourceType === undefined ? {} : { resourceType }),
      })),
    accountsOnlyInLedger: [...ledger.accounts.values()]
      .filter((account) => !inTenant.has(account.accountId))
      .map(({ accountId, kind }) => ({ accountId, kind })),
    licenses,
    phoneNumbers,
    compliance: tenant.accounts
      .map((account) => ({ accountId: account.accountId, flags: flagsOf(account, rulebook) }))
      .filter(({ flags }) => flags.length > 0),
    unknownSkus: tenant.unknownSkus,
    unknownApplications: tenant.unknownApplications,
    unrecordableLicenses: tenant.unrecordableLicenses,
    phoneSystemDisabled: tenant.phoneSystemDisabled,
  };
}

/** One difference per row, for a table or CSV: what differs, about what, and each side's value. */
export type DifferenceRow = {
  readonly difference: string;
  readonly subject: string;
  readonly ledger: string;
  readonly tenant: string;
};

const NONE = '';

export function differenceRowsOf(reconciliation: Reconciliation): DifferenceRow[] {
  return [
    ...reconciliation.seats.map(({ sku, ledger, tenant }) => ({
      difference: 'seats',
      subject: sku,
      ledger: String(ledger),
      tenant: String(tenant),
    })),
    ...reconciliation.accountsOnlyInTenant.map(({ accountId, kind, resourceType }) => ({
      difference: 'account only in tenant',
      subject: accountId,
      ledger: NONE,
      tenant: resourceType ?? kind,
    })),
    ...reconciliation.accountsOnlyInLedger.map(({ accountId, kind }) => ({
      difference: 'account only in ledger',
      subject: accountId,
      ledger: kind,
      tenant: NONE,
    })),
    ...reconciliation.licenses.map(({ accountId, onlyInTenant, onlyInLedger }) => ({
      difference: 'licenses',
      subject: accountId,
      ledger: onlyInLedger.join(' '),
      tenant: onlyInTenant.join(' '),
    })),
    ...reconciliation.phoneNumbers.map(({ accountId, ledger, tenant }) => ({
      difference: 'phone number',
      subject: accountId,
      ledger: ledger ?? NONE,
      tenant: tenant ?? NONE,
    })),
    ...reconciliation.compliance.map(({ accountId, flags }) => ({
      difference: 'compliance today',
      subject: accountId,
      ledger: NONE,
      tenant: flags.join(' '),
    })),
    ...reconciliation.unknownSkus.map(({ skuPartNumber, enabledUnits }) => ({
      difference: 'unknown SKU',
      subject: skuPartNumber,
      ledger: NONE,
      tenant: String(enabledUnits),
    })),
    ...reconciliation.unknownApplications.map(({ accountId, applicationId }) => ({
      difference: 'unknown application',
      subject: accountId,
      ledger: NONE,
      tenant: applicationId,
    })),
    ...reconciliation.unrecordableLicenses.map(({ accountId, sku }) => ({
      difference: 'license not recordable',
      subject: accountId,
      ledger: NONE,
      tenant: sku,
    })),
    ...reconciliation.phoneSystemDisabled.map(({ accountId, sku, servicePlanId }) => ({
      difference: 'phone system disabled',
      subject: accountId,
      ledger: NONE,
      tenant: `${sku} without service plan ${servicePlanId} (MCOEV)`,
    })),
  ];
}
