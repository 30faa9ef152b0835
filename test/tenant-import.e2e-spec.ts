import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ERASED, tenantStreamName } from '@ledger/licensing';
import {
  parseAuditLog,
  parseTenantExport,
  readExportDirectory,
  UPLOAD_BODY_LIMIT_BYTES,
  type Reconciliation,
} from '@ledger/runtime';
import { writeTenantExport } from './fixtures/tenant-export/generate';
import { startEventStoreDbTestServer } from './eventstoredb-test-server';
import { runCliInProcess, type CliRun } from './support/cli-run';
import { E2E_STORE_ADAPTER, LedgerTestApp } from './support/ledger-test-app';
import { tokens } from './support/tokens';

/*
 * Issue 15 end to end: the CLI's reconcile, import and import-audit on the store the API runs on
 * (embedded, or EventStoreDB in the e2e-eventstoredb project), and the API's reconciliation upload.
 */

const FIXTURES = path.join(__dirname, 'fixtures/tenant-export');
const EXPORT_DIR = path.join(FIXTURES, 'contoso');
const AUDIT_CSV = path.join(FIXTURES, 'contoso-audit.csv');
const NOW = new Date('2026-11-30T12:00:00.000Z');
const exported = parseTenantExport(readExportDirectory(EXPORT_DIR));
const audit = parseAuditLog(
  'contoso-audit.csv',
  fs.readFileSync(AUDIT_CSV, 'utf8'),
  exported.directoryTenantId,
);
const idOf = (name: string): string => {
  const found = exported.applicationInstances.find((instance) =>
    instance.userPrincipalName.startsWith(`${name}@`),
  );
  if (found === undefined) throw new Error(name);
  return found.objectId;
};

let app: LedgerTestApp;
let cliEnv: NodeJS.ProcessEnv;
const tempDirs: string[] = [];

beforeAll(async () => {
  const server = E2E_STORE_ADAPTER === 'eventstoredb' ? await startEventStoreDbTestServer() : null;
  // The default limits: 64 KiB for the API, LEDGER_UPLOAD_BODY_LIMIT_BYTES (16 MiB) for the reconciliation upload.
  app = await LedgerTestApp.start({}, undefined, {}, server);
  cliEnv = {
    LEDGER_DATA_DIR: app.dataDir,
    ...(server === null ? {} : { LEDGER_EVENTSTORE_URL: server.url }),
  };
});
afterAll(async () => {
  await app.close();
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function cli(...args: string[]): Promise<CliRun> {
  return runCliInProcess(args, cliEnv, () => NOW);
}

async function eventsOf(tenantId: string): Promise<number> {
  let count = 0;
  for await (const _ of app.store.readStream(tenantStreamName(tenantId))) count += 1;
  return count;
}

/** A copy of the fixture export with `file` changed by `change`. */
function exportWith(file: string, change: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tenant-export-'));
  tempDirs.push(dir);
  for (const name of fs.readdirSync(EXPORT_DIR))
    fs.copyFileSync(path.join(EXPORT_DIR, name), path.join(dir, name));
  fs.writeFileSync(path.join(dir, file), change(fs.readFileSync(path.join(dir, file), 'utf8')));
  return dir;
}

/** The account as the API shows it, once its projections have caught up with what the CLI appended (and `until` holds). */
async function accountOnceProjected(
  tenantId: string,
  accountId: string,
  until: (account: Record<string, unknown>) => boolean = () => true,
): Promise<Record<string, unknown>> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const answer = await app.request('GET', `/v1/tenants/${tenantId}/accounts/${accountId}`, {
      token: tokens.globalAdmin(),
    });
    if (answer.status === 200 && until(answer.body)) return answer.body;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`account ${accountId} never appeared as expected`);
}

describe('import of a real tenant (CLI)', () => {
  it('replays the audit log first, finding the split swap by its audit records; then imports today’s state; a second import appends nothing', async () => {
    const tenant = 'contoso-first-use';
    const replay = await cli('import-audit', tenant, '--file', AUDIT_CSV, '--from', EXPORT_DIR);
    expect(replay.code).toBe(0);
    const [removed, assigned] = [audit.changes[4].recordId, audit.changes[5].recordId];
    expect(replay.stderr).toContain(
      `broken ${idOf('ra-sales')}: phone-capable licence removed by audit record ${removed}, assigned again by audit record ${assigned} at 2026-06-12T16:45:00.000Z`,
    );
    expect(replay.stderr).not.toContain(`broken ${idOf('ra-main')}`);
    expect(replay.stderr).toContain('1 telling the change of the record before again');
    const sales = await accountOnceProjected(tenant, idOf('ra-sales'));
    expect(sales).toMatchObject({ status: 'broken', licenses: ['PHONE_SYSTEM_VIRTUAL_USER'] });

    const first = await cli('import', tenant, '--from', EXPORT_DIR);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/recorded \d+ licence activities .*, 0 refused/);
    // The data: one row per activity recorded, on stdout; the counts a notice on stderr.
    expect(first.stdout).toMatch(
      /^OUTCOME\s+COMMAND\s+SUBJECT\s+RECORD\s+EVENTS\s+CODE\s+MESSAGE\nrecorded\s+\S+/,
    );
    expect(first.stdout).not.toMatch(/^refused/m);
    const afterFirst = await eventsOf(tenant);
    // Every activity by actor `import`, with its file and record; no UPN anywhere in the metadata.
    for await (const event of app.store.readStream(tenantStreamName(tenant))) {
      expect(event.metadata).toMatchObject({
        actor: 'import',
        importedFrom: { file: expect.any(String), record: expect.any(String) },
      });
      expect(JSON.stringify(event.metadata)).not.toContain('@contoso.example');
    }

    const again = await cli('import', tenant, '--from', EXPORT_DIR);
    expect(again).toMatchObject({ code: 0 });
    expect(again.stderr).toContain('recorded 0 licence activities (0 events), 0 refused');
    const againJson = await cli('import', tenant, '--from', EXPORT_DIR, '--format', 'json', '--quiet');
    expect(againJson).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(againJson.stdout)).toMatchObject({
      tenantId: tenant,
      dryRun: false,
      recorded: [],
      refused: [],
    });
    const replayAgain = await cli('import-audit', tenant, '--file', AUDIT_CSV, '--from', EXPORT_DIR);
    expect(replayAgain).toMatchObject({ code: 0 });
    // ra-billing's change, told by a "Change user license." and an "Update user." record: one activity, skipped again.
    expect(replayAgain.stderr).toContain(
      '1 telling the change of the record before again, 6 replayed before',
    );
    expect(await eventsOf(tenant)).toBe(afterFirst);
    const replayJson = await cli(
      'import-audit',
      tenant,
      '--file',
      AUDIT_CSV,
      '--from',
      EXPORT_DIR,
      '--format',
      'json',
      '--quiet',
    );
    expect(replayJson).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(replayJson.stdout)).toMatchObject({
      tenantId: tenant,
      auditLog: { sameChange: 1, alreadyReplayed: 6 },
      broken: [expect.stringContaining(`broken ${idOf('ra-sales')}`)],
      recorded: [],
      refused: [],
    });
    const billingAssignments: unknown[] = [];
    for await (const event of app.store.readStream(tenantStreamName(tenant))) {
      if (event.type === 'LicenseAssigned' && event.data.accountId === idOf('ra-billing'))
        billingAssignments.push(event.data.sku);
    }
    expect(billingAssignments).toEqual(['PHONE_SYSTEM_VIRTUAL_USER']);

    const reconciled = await cli('reconcile', tenant, '--from', EXPORT_DIR, '--format', 'json');
    expect(reconciled).toMatchObject({ code: 0 });
    const differences = JSON.parse(reconciled.stdout) as Reconciliation;
    expect(differences).toMatchObject({
      seats: [],
      accountsOnlyInTenant: [],
      accountsOnlyInLedger: [],
      licenses: [],
      phoneNumbers: [],
    });
    expect(differences.unknownSkus.map((sku) => sku.skuPartNumber)).toEqual(['ENTERPRISEPACK']);
    expect(differences.compliance.map((entry) => entry.flags)).toEqual([
      ['FULL_LICENCE'],
      ['FULL_LICENCE'],
      ['UNLICENSED'],
    ]);
    // The split swap stays on record after the import (R7: broken until deleted).
    expect(await accountOnceProjected(tenant, idOf('ra-sales'))).toMatchObject({
      status: 'broken',
      displayName: 'Sales queue',
    });

    // The names imported are personal data: the tenant's erasure reaches them (SPEC §5).
    const erasure = await app.request('DELETE', `/v1/tenants/${tenant}/personal-data`, {
      token: tokens.globalAdmin(),
    });
    expect(erasure.status).toBe(200);
    expect(
      await accountOnceProjected(tenant, idOf('ra-sales'), (account) => account.displayName === ERASED),
    ).toMatchObject({
      phoneNumber: ERASED,
    });
  });

  it('reconcile shows every difference with an empty ledger, as a table or CSV; a dry run appends nothing', async () => {
    const tenant = 'contoso-reconcile';
    const table = await cli('reconcile', tenant, '--from', EXPORT_DIR);
    expect(table).toMatchObject({ code: 0 });
    expect(table.stdout).toMatch(/^DIFFERENCE\s+SUBJECT\s+LEDGER\s+TENANT$/m);
    expect(table.stdout).toMatch(/^seats\s+PHONE_SYSTEM_VIRTUAL_USER\s+0\s+50$/m);
    expect(table.stdout).toMatch(new RegExp(`^compliance today\\s+${idOf('ra-nested')}\\s+UNLICENSED$`, 'm'));
    expect(table.stdout).toMatch(/^unknown SKU\s+ENTERPRISEPACK\s+200$/m);
    const csv = await cli('reconcile', tenant, '--from', EXPORT_DIR, '--format', 'csv');
    expect(csv.stdout.split('\n')[0]).toBe('difference,subject,ledger,tenant');
    const dryRun = await cli('import', tenant, '--from', EXPORT_DIR, '--dry-run');
    expect(dryRun).toMatchObject({ code: 0 });
    expect(dryRun.stderr).toMatch(/would record \d+ licence activities/);
    const dryRunCsv = await cli('import', tenant, '--from', EXPORT_DIR, '--dry-run', '--format', 'csv');
    expect(dryRunCsv.stdout).toMatch(/^outcome,command,subject,record,events,code,message\nwould record,/);
    expect(await eventsOf(tenant)).toBe(0);
  });

  it('audit records that would land before what the ledger holds are refused, and nothing is appended', async () => {
    const tenant = 'contoso-import-first';
    expect(await cli('import', tenant, '--from', EXPORT_DIR)).toMatchObject({ code: 0 });
    const held = await eventsOf(tenant);
    const replay = await cli('import-audit', tenant, '--file', AUDIT_CSV, '--from', EXPORT_DIR);
    expect(replay.code).toBe(1);
    expect(replay.stderr).toMatch(
      /^ledger: 6 audit records would land before the ledger's newest event \(2026-11-30T12:00:00\.000Z\), the first .* at 2026-03-02T09:00:00\.000Z; the log stays in time order: replay the audit log before recording anything later\. Nothing was appended\.\n$/,
    );
    expect(await eventsOf(tenant)).toBe(held);
  });

  it.each([
    [
      'broken JSON',
      'users.json',
      (text: string) => text.replace('"value": [', '"value": [,'),
      /^ledger: users\.json, line 3, JSON: not valid JSON/,
    ],
    [
      'wrong columns',
      'applicationInstances.json',
      (text: string) => text.replace(/"ApplicationId"/g, '"AppId"'),
      /^ledger: applicationInstances\.json, line 2, ApplicationId: missing or not a text\n$/,
    ],
  ])(
    'a malformed export (%s) fails with one line naming file, line and field, and appends nothing',
    async (_name, file, change, message) => {
      const tenant = `contoso-malformed-${file.replace(/\W/g, '')}`;
      const run = await cli('import', tenant, '--from', exportWith(file, change));
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(await eventsOf(tenant)).toBe(0);
    },
  );

  it('an audit log with a record without licences, or of another tenant, is refused before anything is appended', async () => {
    const tenant = 'contoso-bad-audit';
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tenant-audit-'));
    tempDirs.push(dir);
    const withoutLicenses = path.join(dir, 'audit.csv');
    fs.writeFileSync(
      withoutLicenses,
      fs.readFileSync(AUDIT_CSV, 'utf8').replace('""Name"":""AssignedLicense""', '""Name"":""Other""'),
    );
    const run = await cli('import-audit', tenant, '--file', withoutLicenses, '--from', EXPORT_DIR);
    expect(run).toMatchObject({ code: 1 });
    expect(run.stderr).toBe(
      'ledger: audit.csv, line 2, AuditData.ModifiedProperties: a "Change user license." record without its old and new licences (AssignedLicense)\n',
    );
    const otherTenant = exportWith('organization.json', (text) =>
      text.replace(exported.directoryTenantId, '00000000-0000-4000-a000-000000000001'),
    );
    const other = await cli('import-audit', tenant, '--file', AUDIT_CSV, '--from', otherTenant);
    expect(other.stderr).toMatch(
      /^ledger: contoso-audit\.csv, line 2, AuditData\.OrganizationId: .* is another tenant than the export's 00000000-0000-4000-a000-000000000001\n$/,
    );
    expect(await eventsOf(tenant)).toBe(0);
  });
});

describe('POST /v1/tenants/{tenantId}/reconciliation', () => {
  const upload = (dir = EXPORT_DIR) => {
    const contents = readExportDirectory(dir);
    return { ...contents };
  };

  it('answers the differences between the ledger and the uploaded export, to a global admin', async () => {
    const answer = await app.request<Reconciliation>('POST', '/v1/tenants/contoso-http/reconciliation', {
      token: tokens.globalAdmin(),
      body: upload(),
    });
    expect(answer.status).toBe(200);
    expect(answer.body.seats).toContainEqual({ sku: 'PHONE_SYSTEM_VIRTUAL_USER', ledger: 0, tenant: 50 });
    expect(answer.body.accountsOnlyInTenant).toHaveLength(300);
    expect(answer.body.compliance).toContainEqual({ accountId: idOf('ra-hr'), flags: ['FULL_LICENCE'] });
    expect(answer.body.unknownSkus).toEqual([
      { skuPartNumber: 'ENTERPRISEPACK', enabledUnits: 200, consumedUnits: 177 },
    ]);
    // The person whose E5 has its Phone System service plan (MCOEV) disabled.
    expect(answer.body.phoneSystemDisabled).toEqual([
      { accountId: expect.any(String), sku: 'E5', servicePlanId: '4828c8ec-dc2e-4779-b502-87ac9ce28ab7' },
    ]);
    expect(await eventsOf('contoso-http')).toBe(0);
  });

  it('a malformed file is a 400 naming the file, the line and the field; a tenant admin is refused', async () => {
    const broken = upload(
      exportWith('subscribedSkus.json', (text) => text.replace('"enabled": 40', '"enabled": -1')),
    );
    const answer = await app.request('POST', '/v1/tenants/contoso-http/reconciliation', {
      token: tokens.globalAdmin(),
      body: broken,
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      error: 'VALIDATION_FAILED',
      message: expect.stringMatching(
        /^subscribedSkus\.json, line \d+, enabled: missing or not a whole number ≥ 0$/,
      ),
      details: { file: 'subscribedSkus.json', field: 'enabled' },
    });
    const missing = await app.request('POST', '/v1/tenants/contoso-http/reconciliation', {
      token: tokens.globalAdmin(),
      body: { organization: '{}' },
    });
    expect(missing.status).toBe(400);
    const tenantAdmin = await app.request('POST', '/v1/tenants/contoso-http/reconciliation', {
      token: tokens.tenantAdmin('contoso-http'),
      body: upload(),
    });
    expect(tenantAdmin.status).toBe(403);
  });

  it('takes a 10,000-user export within the route’s own body limit, while the rest of the API keeps 64 KiB', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tenant-export-large-'));
    tempDirs.push(dir);
    writeTenantExport(path.join(dir, 'export'), path.join(dir, 'audit.csv'), {
      people: 10_000,
      moreResourceAccounts: 0,
      moreAuditRecords: 0,
    });
    const body = upload(path.join(dir, 'export'));
    expect(JSON.stringify(body).length).toBeGreaterThan(64 * 1024 * 100);
    const answer = await app.request<Reconciliation>('POST', '/v1/tenants/contoso-large/reconciliation', {
      token: tokens.globalAdmin(),
      body,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.accountsOnlyInTenant).toHaveLength(10_008);

    const elsewhere = await app.request('POST', '/v1/tenants/contoso-large/accounts', {
      token: tokens.globalAdmin(),
      body: { accountId: 'big', displayName: 'x'.repeat(65 * 1024), kind: 'user' },
    });
    expect(elsewhere.status).toBe(413);
    expect(elsewhere.body).toMatchObject({ statusCode: 413, error: 'PAYLOAD_TOO_LARGE' });
  });

  it('a body over the upload limit is a 413 in the SPEC error shape, never a 500', async () => {
    const answer = await app.request('POST', '/v1/tenants/contoso-large/reconciliation', {
      token: tokens.globalAdmin(),
      body: { ...upload(), users: ' '.repeat(UPLOAD_BODY_LIMIT_BYTES) },
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({
      statusCode: 413,
      error: 'PAYLOAD_TOO_LARGE',
      message: expect.any(String),
    });
  });
});
