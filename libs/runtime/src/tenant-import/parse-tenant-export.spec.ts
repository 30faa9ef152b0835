import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAuditLog } from './audit-log';
import { ImportFormatError } from './import-format-error';
import {
  parseApplicationInstances,
  parseSubscribedSkus,
  parseTenantExport,
  parseUsers,
} from './parse-tenant-export';
import { readExportDirectory } from './read-export-directory';

const FIXTURES = path.join(__dirname, '../../../../test/fixtures/tenant-export');
const CONTOSO = path.join(FIXTURES, 'contoso');
const AUDIT = fs.readFileSync(path.join(FIXTURES, 'contoso-audit.csv'), 'utf8');
const contents = readExportDirectory(CONTOSO);
const DIRECTORY_TENANT = parseTenantExport(contents).directoryTenantId;

/** The one-line error a malformed file fails with. */
function errorOf(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof ImportFormatError) return error.message;
    throw error;
  }
  throw new Error('expected an ImportFormatError');
}

describe('reading a tenant export (the vendor formats)', () => {
  it('reads the fixture tenant: its directory, subscriptions, users with group-based licences and resource accounts', () => {
    const tenant = parseTenantExport(contents);
    expect(tenant.subscriptions.map((s) => s.skuPartNumber)).toEqual([
      'SPE_E5',
      'ENTERPRISEPACK',
      'MCOEV',
      'PHONESYSTEM_VIRTUALUSER',
      'MCOCAP',
      'MCOPSTN1',
    ]);
    expect(
      tenant.subscriptions.find((s) => s.skuPartNumber === 'PHONESYSTEM_VIRTUALUSER')?.enabledUnits,
    ).toBe(50);
    expect(tenant.users).toHaveLength(300);
    expect(tenant.users[0].licenses.some((license) => license.assignedByGroup !== null)).toBe(true);
    expect(tenant.applicationInstances).toHaveLength(8);
    expect(tenant.applicationInstances.filter((instance) => instance.phoneNumber === null)).toHaveLength(1);
  });

  it('a broken JSON file names the file and the line where it breaks', () => {
    const broken = contents.users.split('\n');
    broken[9] = broken[9].replace(/,$/, '');
    expect(errorOf(() => parseUsers(broken.join('\n')))).toMatch(
      /^users\.json, line 1[01], JSON: not valid JSON/,
    );
  });

  it('a field of the wrong type names the file, the line of its record and the field', () => {
    const bad = contents.subscribedSkus.replace('"enabled": 40', '"enabled": "forty"');
    const lines = bad.split('\n');
    const partNumberLine = lines.findIndex((text) => text.includes('"skuPartNumber": "MCOEV"'));
    const recordStart = lines.slice(0, partNumberLine).lastIndexOf('    {') + 1;
    expect(errorOf(() => parseSubscribedSkus(bad))).toBe(
      `subscribedSkus.json, line ${recordStart}, enabled: missing or not a whole number ≥ 0`,
    );
  });

  it('a CSV with wrong columns names the missing column on the header line', () => {
    const csv = '"ObjectId","UserPrincipalName","DisplayName","ApplicationId"\r\n"x","y","z","w"\r\n';
    expect(errorOf(() => parseApplicationInstances(csv, 'csv'))).toBe(
      'applicationInstances.csv, line 1, PhoneNumber: column missing (the header has ObjectId, UserPrincipalName, DisplayName, ApplicationId)',
    );
  });

  it('a resource account with a number that is not E.164 names its line and field', () => {
    const bad = contents.applicationInstances.replace('+14255550102', '4255550102');
    expect(errorOf(() => parseApplicationInstances(bad, 'json'))).toMatch(
      /^applicationInstances\.json, line \d+, PhoneNumber: "4255550102" is not an E\.164 number$/,
    );
  });
});

describe('reading a unified audit log export', () => {
  it('keeps the licence changes (a repeated record too: the replay de-duplicates) and reads past other operations', () => {
    const log = parseAuditLog('contoso-audit.csv', AUDIT, DIRECTORY_TENANT);
    expect(log.changes).toHaveLength(9);
    expect(log.otherRecords).toBe(1);
    expect(log.changes[3]).toMatchObject({
      at: '2026-06-10T14:00:00.000Z',
      oldPartNumbers: ['MCOEV'],
      newPartNumbers: ['PHONESYSTEM_VIRTUALUSER'],
    });
  });

  it('reads each CreationTime as the UTC instant it names: later times of a day read before, another day, an offset', () => {
    const lines = AUDIT.split('\r\n');
    const times = [
      '2026-03-02T09:00:00',
      '2026-03-02T23:59:59',
      '2024-02-29T00:00:01',
      '2026-03-02T09:30:00+02:00',
    ];
    const log = parseAuditLog(
      'audit.csv',
      [
        lines[0],
        ...times.map((time, index) =>
          lines[1]
            .replace(/CreationTime"":""[^"]*/, `CreationTime"":""${time}`)
            .replace(/""Id"":""[0-9a-f]/, `""Id"":""${index}`),
        ),
      ].join('\r\n'),
      DIRECTORY_TENANT,
    );
    expect(log.changes.map((change) => change.at)).toEqual([
      '2026-03-02T09:00:00.000Z',
      '2026-03-02T23:59:59.000Z',
      '2024-02-29T00:00:01.000Z',
      '2026-03-02T07:30:00.000Z',
    ]);
  });

  it('an audit record without licences is refused, naming its line', () => {
    const lines = AUDIT.split('\r\n');
    lines[2] = lines[2].replace(/""Name"":""AssignedLicense""/, '""Name"":""Other""');
    expect(errorOf(() => parseAuditLog('audit.csv', lines.join('\r\n'), DIRECTORY_TENANT))).toBe(
      'audit.csv, line 3, AuditData.ModifiedProperties: a "Change user license." record without its old and new licences (AssignedLicense)',
    );
  });

  it('a record of another tenant is refused', () => {
    expect(errorOf(() => parseAuditLog('audit.csv', AUDIT, '00000000-0000-4000-a000-000000000000'))).toMatch(
      /^audit\.csv, line 2, AuditData\.OrganizationId: .* is another tenant than the export's 00000000-0000-4000-a000-000000000000$/,
    );
  });

  it('broken AuditData JSON and wrong columns name the line and the field', () => {
    const lines = AUDIT.split('\r\n');
    lines[4] = lines[4].replace('{""CreationTime""', '{""CreationTime""::');
    expect(errorOf(() => parseAuditLog('audit.csv', lines.join('\r\n'), DIRECTORY_TENANT))).toBe(
      'audit.csv, line 5, AuditData: not valid JSON',
    );
    expect(
      errorOf(() =>
        parseAuditLog('audit.csv', AUDIT.replace('"Operations"', '"Operation"'), DIRECTORY_TENANT),
      ),
    ).toMatch(/^audit\.csv, line 1, Operations: column missing/);
  });
});
