import { csvRecords } from './csv-records';
import { FieldReader } from './field-readers';
import { formatError, ImportFormatError, type RecordPlace } from './import-format-error';

/** One change of a user's licences, as the unified audit log recorded it. */
export interface AuditLicenseChange {
  /** AuditData `Id`: the record's unique id (de-duplicates overlapping exports). */
  readonly recordId: string;
  /** AuditData `CreationTime`, as ISO-8601 UTC. */
  readonly at: string;
  readonly organizationId: string;
  /** What names the changed user: the `Target` IDs and `ObjectId`, lower-case (object ids, UPNs). */
  readonly targets: readonly string[];
  readonly oldPartNumbers: readonly string[];
  readonly newPartNumbers: readonly string[];
  readonly place: RecordPlace;
}

export interface AuditLog {
  readonly changes: readonly AuditLicenseChange[];
  /** Rows of other operations, read past. */
  readonly otherRecords: number;
}

export const AUDIT_LOG_COLUMNS = ['CreationDate', 'UserIds', 'Operations', 'AuditData'] as const;
export const LICENSE_CHANGE_OPERATION = 'Change user license.';
const UPDATE_USER_OPERATION = 'Update user.';
const ASSIGNED_LICENSE = 'AssignedLicense';
const SKU_NAME = /SkuName=([A-Za-z0-9_.-]+)/g;

/** How the audit log writes an instant: UTC to the second, without an offset; a time that reads as written. */
const ZONELESS_SECONDS = /^\d{4}-\d\d-\d\dT(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;

/**
 * ISO-8601; the audit log writes UTC without an offset. `days`: the days (`YYYY-MM-DD`) already
 * read back as written in the audit log's own form: any time of such a day is that instant as
 * written, so most records need no Date (a tenth of the reading of 100,000 records, issue 15).
 */
function instantOf(reader: FieldReader, field: string, days: Set<string>): string {
  const raw = reader.string(field);
  const ownForm = ZONELESS_SECONDS.test(raw);
  if (ownForm && days.has(raw.slice(0, 10))) return `${raw}.000Z`;
  const withZone = /(Z|[+-]\d\d:?\d\d)$/.test(raw) ? raw : `${raw}Z`;
  const ms = Date.parse(withZone);
  if (!/^\d{4}-\d\d-\d\dT/.test(raw) || Number.isNaN(ms))
    throw formatError(reader.place, field, `"${raw}" is not an ISO-8601 instant`);
  const instant = new Date(ms).toISOString();
  if (ownForm && instant === `${raw}.000Z`) days.add(raw.slice(0, 10));
  return instant;
}

/**
 * The SKU part numbers of an `AssignedLicense` old or new value. The value lists one entry per
 * licence, each naming `SkuName=<skuPartNumber>` (an encoding NOT verified against the vendor's
 * documentation, see the fixtures' README): anything else is refused, never guessed.
 */
export function partNumbersOf(place: RecordPlace, field: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value !== 'string') throw formatError(place, field, 'not a text');
  const text = value.trim();
  if (text === '' || /^\[\s*\]$/.test(text)) return [];
  const names: string[] = [];
  for (const [, name] of text.matchAll(SKU_NAME)) if (!names.includes(name)) names.push(name);
  if (names.length === 0) throw formatError(place, field, `no SkuName=… entry in "${text.slice(0, 60)}"`);
  return names;
}

function licenseChangeOf(
  place: RecordPlace,
  row: Record<string, string>,
  days: Set<string>,
): AuditLicenseChange | null {
  let data: unknown;
  try {
    data = JSON.parse(row.AuditData);
  } catch {
    throw formatError(place, 'AuditData', 'not valid JSON');
  }
  const reader = new FieldReader(place, data);
  const operation = reader.optionalString('Operation') ?? row.Operations;
  const modified = reader
    .array('ModifiedProperties')
    .map((entry) => reader.nested('ModifiedProperties', entry));
  const assigned = modified.find((entry) => entry.optionalString('Name') === ASSIGNED_LICENSE);
  if (assigned === undefined) {
    if (operation === LICENSE_CHANGE_OPERATION) {
      throw formatError(
        place,
        'AuditData.ModifiedProperties',
        `a "${LICENSE_CHANGE_OPERATION}" record without its old and new licences (${ASSIGNED_LICENSE})`,
      );
    }
    return null;
  }
  if (operation !== LICENSE_CHANGE_OPERATION && operation !== UPDATE_USER_OPERATION) return null;
  const raw = data as {
    ModifiedProperties: Array<{ Name?: unknown; OldValue?: unknown; NewValue?: unknown }>;
  };
  const entry = raw.ModifiedProperties.find((property) => property.Name === ASSIGNED_LICENSE);
  const targets = reader
    .array('Target')
    .map((target) => reader.nested('Target', target).optionalString('ID'))
    .filter((id): id is string => id !== null);
  const objectId = reader.optionalString('ObjectId');
  return {
    recordId: reader.guid('Id'),
    at: instantOf(reader, 'CreationTime', days),
    organizationId: reader.guid('OrganizationId'),
    targets: [...targets, ...(objectId === null ? [] : [objectId])].map((id) => id.toLowerCase()),
    oldPartNumbers: partNumbersOf(place, `AuditData.${ASSIGNED_LICENSE}.OldValue`, entry?.OldValue),
    newPartNumbers: partNumbersOf(place, `AuditData.${ASSIGNED_LICENSE}.NewValue`, entry?.NewValue),
    place,
  };
}

/**
 * A `Search-UnifiedAuditLog` export (`Export-Csv`): the licence changes it holds, in file order.
 * Every record must belong to `organizationId` (a file of another tenant is refused).
 */
export function parseAuditLog(file: string, text: string, organizationId: string): AuditLog {
  const changes: AuditLicenseChange[] = [];
  let otherRecords = 0;
  const days = new Set<string>();
  for (const { record, place } of csvRecords(file, text, AUDIT_LOG_COLUMNS)) {
    const change = licenseChangeOf(place, record, days);
    if (change === null) {
      otherRecords += 1;
      continue;
    }
    if (change.organizationId !== organizationId.toLowerCase()) {
      throw new ImportFormatError(
        file,
        change.place.line,
        'AuditData.OrganizationId',
        `${change.organizationId} is another tenant than the export's ${organizationId}`,
      );
    }
    changes.push(change);
  }
  return { changes, otherRecords };
}
