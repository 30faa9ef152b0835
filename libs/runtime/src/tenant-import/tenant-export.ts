/**
 * A tenant as the vendor's tools export it, read but not yet interpreted (README of
 * test/fixtures/tenant-export names the source of every field). Ids are lower-case GUIDs.
 * UPNs and display names are personal data: they are read to match records and to name accounts,
 * and go into the ledger only where `PERSONAL_DATA_FIELDS` says (display names), never into ids
 * or metadata.
 */
export interface VendorSubscription {
  /** Graph `subscribedSku.skuId`. */
  readonly skuId: string;
  readonly skuPartNumber: string;
  /** `prepaidUnits.enabled`: seats of the active subscription. */
  readonly enabledUnits: number;
  readonly consumedUnits: number;
}

export interface VendorLicenseAssignment {
  readonly skuId: string;
  /** Null when assigned directly; the group's id when inherited from a group. */
  readonly assignedByGroup: string | null;
  readonly state: string;
  readonly disabledPlans: readonly string[];
}

export interface DirectoryUser {
  /** The directory object id: the ledger's account id. */
  readonly objectId: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  /** `licenseAssignmentStates`, or `assignedLicenses` (direct) when the export has no states. */
  readonly licenses: readonly VendorLicenseAssignment[];
  readonly line: number;
}

export interface ApplicationInstance {
  readonly objectId: string;
  readonly userPrincipalName: string;
  readonly displayName: string;
  readonly applicationId: string;
  /** E.164, or null (a nested auto attendant or call queue). */
  readonly phoneNumber: string | null;
  readonly line: number;
}

export interface TenantExport {
  /** Graph `organization.id`: the directory tenant the files belong to. */
  readonly directoryTenantId: string;
  readonly subscriptions: readonly VendorSubscription[];
  readonly users: readonly DirectoryUser[];
  readonly applicationInstances: readonly ApplicationInstance[];
}

/** The files of an export directory, by the names the README's commands write. */
export const EXPORT_FILES = {
  organization: 'organization.json',
  subscribedSkus: 'subscribedSkus.json',
  users: 'users.json',
  applicationInstances: 'applicationInstances.json',
  applicationInstancesCsv: 'applicationInstances.csv',
} as const;

/** The contents of an export, file by file (the CLI reads them from a directory, the API from its body). */
export interface ExportContents {
  readonly organization: string;
  readonly subscribedSkus: string;
  readonly users: string;
  /** JSON (`ConvertTo-Json`) or CSV (`Export-Csv`), by `applicationInstancesFormat`. */
  readonly applicationInstances: string;
  readonly applicationInstancesFormat: 'json' | 'csv';
}
