import { csvRecords } from './csv-records';
import { FieldReader } from './field-readers';
import { formatError, type RecordPlace } from './import-format-error';
import { jsonRecordsOf } from './json-records';
import {
  EXPORT_FILES,
  type ApplicationInstance,
  type DirectoryUser,
  type ExportContents,
  type TenantExport,
  type VendorLicenseAssignment,
  type VendorSubscription,
} from './tenant-export';

const E164 = /^\+[0-9]{8,15}$/;

/** Graph `GET /organization`: the one organization, whose id is the directory tenant id. */
export function parseOrganization(text: string): string {
  const file = EXPORT_FILES.organization;
  const { records, places } = jsonRecordsOf(file, text);
  if (records.length !== 1)
    throw formatError({ file, line: 1 }, 'value', `expected one organization, found ${records.length}`);
  return new FieldReader(places[0], records[0]).guid('id');
}

/** Graph `GET /subscribedSkus`: skuId, skuPartNumber, prepaidUnits.enabled, consumedUnits; a SKU listed twice is an error. */
export function parseSubscribedSkus(text: string): VendorSubscription[] {
  const { records, places } = jsonRecordsOf(EXPORT_FILES.subscribedSkus, text);
  const seen = new Set<string>();
  return records.map((record, index) => {
    const reader = new FieldReader(places[index], record);
    const skuId = reader.guid('skuId');
    if (seen.has(skuId)) throw formatError(reader.place, 'skuId', `${skuId} is listed twice`);
    seen.add(skuId);
    return {
      skuId,
      skuPartNumber: reader.string('skuPartNumber'),
      enabledUnits: reader.object('prepaidUnits').count('enabled'),
      consumedUnits: reader.count('consumedUnits'),
    };
  });
}

function assignmentsOf(reader: FieldReader): VendorLicenseAssignment[] {
  const states = reader.array('licenseAssignmentStates');
  if (states.length > 0) {
    return states.map((state) => {
      const entry = reader.nested('licenseAssignmentStates', state);
      return {
        skuId: entry.guid('skuId'),
        assignedByGroup: entry.optionalGuid('assignedByGroup'),
        state: entry.string('state'),
        disabledPlans: entry.array('disabledPlans').map(String),
      };
    });
  }
  // Without states, `assignedLicenses` says what is assigned, not how: read as direct and active.
  return reader.array('assignedLicenses').map((license) => {
    const entry = reader.nested('assignedLicenses', license);
    return {
      skuId: entry.guid('skuId'),
      assignedByGroup: null,
      state: 'Active',
      disabledPlans: entry.array('disabledPlans').map(String),
    };
  });
}

/** Graph `GET /users` with id, displayName, userPrincipalName, assignedLicenses, licenseAssignmentStates. */
export function parseUsers(text: string): DirectoryUser[] {
  const { records, places } = jsonRecordsOf(EXPORT_FILES.users, text);
  const seen = new Set<string>();
  return records.map((record, index) => {
    const reader = new FieldReader(places[index], record);
    const objectId = reader.guid('id');
    if (seen.has(objectId)) throw formatError(reader.place, 'id', `${objectId} is listed twice`);
    seen.add(objectId);
    return {
      objectId,
      displayName: reader.string('displayName'),
      userPrincipalName: reader.string('userPrincipalName'),
      licenses: assignmentsOf(reader),
      line: reader.place.line,
    };
  });
}

/** A phone number as the cmdlet writes it: E.164, with or without a `tel:` prefix (the prefix is not verified). */
function phoneNumberOf(reader: FieldReader): string | null {
  const raw = reader.optionalString('PhoneNumber');
  if (raw === null) return null;
  const number = raw.replace(/^tel:/i, '');
  if (!E164.test(number)) throw formatError(reader.place, 'PhoneNumber', `"${raw}" is not an E.164 number`);
  return number;
}

function applicationInstanceOf(place: RecordPlace, record: unknown): ApplicationInstance {
  const reader = new FieldReader(place, record);
  return {
    objectId: reader.guid('ObjectId'),
    userPrincipalName: reader.string('UserPrincipalName'),
    displayName: reader.string('DisplayName'),
    applicationId: reader.guid('ApplicationId'),
    phoneNumber: phoneNumberOf(reader),
    line: place.line,
  };
}

export const APPLICATION_INSTANCE_COLUMNS = [
  'ObjectId',
  'UserPrincipalName',
  'DisplayName',
  'ApplicationId',
  'PhoneNumber',
] as const;

/** `Get-CsOnlineApplicationInstance`, piped to `ConvertTo-Json` or `Export-Csv`. */
export function parseApplicationInstances(text: string, format: 'json' | 'csv'): ApplicationInstance[] {
  if (format === 'csv') {
    return [...csvRecords(EXPORT_FILES.applicationInstancesCsv, text, APPLICATION_INSTANCE_COLUMNS)].map(
      ({ record, place }) => applicationInstanceOf(place, record),
    );
  }
  const { records, places } = jsonRecordsOf(EXPORT_FILES.applicationInstances, text);
  return records.map((record, index) => applicationInstanceOf(places[index], record));
}

/** Every file of an export read and checked; the first malformed one fails the whole export. */
export function parseTenantExport(contents: ExportContents): TenantExport {
  return {
    directoryTenantId: parseOrganization(contents.organization),
    subscriptions: parseSubscribedSkus(contents.subscribedSkus),
    users: parseUsers(contents.users),
    applicationInstances: parseApplicationInstances(
      contents.applicationInstances,
      contents.applicationInstancesFormat,
    ),
  };
}
