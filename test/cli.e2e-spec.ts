import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { JwtService } from '@nestjs/jwt';
import { EmbeddedEventStore, parseExportedEvent, type RecordedEvent } from '@ledger/event-store';
import { ERASED, isLedgerEventType, schemaVersionOf, tenantStreamName } from '@ledger/licensing';
import {
  BROKEN_ACCOUNTS_COLUMNS,
  LedgerProjections,
  QUOTA_REPORT_COLUMNS,
  TENANT_TREND_COLUMNS,
  type ReadModels,
} from '@ledger/projections';
import { fullReplayAsOf } from '@ledger/projections/testing/full-replay';
import { EMBEDDED_STORE_FILE, PROJECTIONS_FILE } from '@ledger/runtime';
import { rawEvent, userCreated } from '@ledger/projections/testing/raw-events';
import { runCliInProcess, type CliRun } from './support/cli-run';
import { openServiceLog } from './support/service-log';
import { LedgerTestApp } from './support/ledger-test-app';
import { expectStatus, TenantClient } from './support/tenant-client';
import { TEST_JWT_SECRET, tokens } from './support/tokens';

/** The demo's end, pinned so every run writes the same ledger. */
const UNTIL = '2026-06-01T00:00:00.000Z';
const DEMO = ['demo', '--tenants', '12', '--events', '3000', '--until', UNTIL];

/** Runs the CLI in-process, as `npm run cli -- ...args` would, with only the environment given. */
function cli(dataDir: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return runCliInProcess(args, { LEDGER_DATA_DIR: dataDir, ...env }, () => new Date(UNTIL));
}

function json<T>(run: CliRun): T {
  expect(run).toMatchObject({ code: 0 });
  return JSON.parse(run.stdout) as T;
}

interface QuotaReport {
  readonly asOf?: string;
  readonly tenants: Record<string, unknown>[];
}

/** Everything the projections hold, in a comparable form. */
function snapshot(readModels: ReadModels): unknown {
  const quotas = [...readModels.allQuotas()];
  return {
    quotas,
    accounts: quotas.map(({ tenantId }) => readModels.accounts(tenantId)),
    history: quotas.map(({ tenantId }) => readModels.history(tenantId, { limit: 100_000 })),
  };
}

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-cli-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('ledger', () => {
  describe('help', () => {
    it('--help lists every command, with examples and the exit codes', async () => {
      const run = await cli(tempDir(), ['--help']);
      expect(run.code).toBe(0);
      for (const command of [
        'demo',
        'replay',
        'projections',
        'report',
        'history',
        'import-tenant',
        'backup',
        'token',
        'completion',
      ]) {
        expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
      }
      expect(run.stdout).toContain('--data-dir');
      expect(run.stdout).toContain('Exit codes: 0 done, 1 the command failed, 2 bad command line');
    });

    it.each([
      ['demo'],
      ['replay'],
      ['projections'],
      ['projections', 'retry'],
      ['report'],
      ['report', 'quota'],
      ['report', 'broken-accounts'],
      ['report', 'trend'],
      ['report', 'attention'],
      ['history'],
      ['import-tenant'],
      ['backup'],
      ['token'],
      ['completion'],
    ])('%s %s --help shows usage and examples', async (...command: string[]) => {
      const run = await cli(tempDir(), [...command.filter(Boolean), '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: ledger /);
      expect(run.stdout).toContain('Examples:');
    });

    it('a command group without its subcommand shows its help on stderr and exits 2', async () => {
      const run = await cli(tempDir(), ['report']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('quota');
      expect(run.stderr).toContain('broken-accounts');
      expect(run.stderr).toContain('trend');
      expect(run.stderr).toContain('attention');
    });
  });

  describe('bad command lines exit 2 with one line (and, from the parser, the usage line) and do nothing', () => {
    it.each([
      [['frobnicate'], /unknown command 'frobnicate'/],
      [['replay', '--bogus'], /unknown option '--bogus'/],
      [['demo', '--events', 'many'], /--events.*whole number/],
      [['demo', '--tenants', '0'], /--tenants.*whole number from 1/],
      [['demo', '--policy', 'generous'], /Allowed choices are seed, per-ten, mixed/],
      [['demo', '--rulebook', '2021'], /Allowed choices are 2019, 2020, current, mixed/],
      [['demo', '--policy', 'seed', '--rulebook', '2019'], /--policy.*cannot be used with.*--rulebook/],
      [['demo', '--until', 'yesterday'], /--until.*ISO-8601/],
      [['demo', '--tenants', '10', '--events', '100'], /too few for 10 tenants/],
      [['report', 'quota', '--format', 'xml'], /Allowed choices are json, csv/],
      [['report', 'quota', '--as-of', '2026-13-45'], /--as-of.*ISO-8601/],
      [['report', 'quota', '--as-of', '2026-01-01T10:00'], /--as-of.*ISO-8601/],
      [['report', 'trend', '--to', '2026-01-01', '--interval', 'day'], /required option '--from <instant>'/],
      [
        ['report', 'trend', '--from', '2026-13-01', '--to', '2026-01-01', '--interval', 'day'],
        /--from.*ISO-8601/,
      ],
      [
        ['report', 'trend', '--from', '2026-01-01', '--to', '2026-02-01', '--interval', 'year'],
        /choices are day, week, month/,
      ],
      // SPEC §5/§6 bad input, refused as the API refuses it, naming the option.
      [
        ['report', 'trend', '--from', '2026-02-01', '--to', '2026-01-01', '--interval', 'day'],
        /--from: from .* must not be after to/,
      ],
      [
        ['report', 'trend', '--from', '2020-01-01', '--to', '2026-01-01', '--interval', 'day'],
        /--interval: .* more than 1000 points/,
      ],
      // The CLI's clock is the demo's end (2026-06-01): 366 days ahead at most.
      [
        ['report', 'trend', '--from', '2026-01-01', '--to', '2027-07-01', '--interval', 'month'],
        /--to: to may be at most 366 days ahead/,
      ],
      [['report', 'attention', '--format', 'xml'], /Allowed choices are json, csv, table/],
      [['projections', 'skip'], /missing required argument 'position'/],
      [['projections', 'retry', '12x'], /'12x' is invalid for argument 'position'.*log position/],
      [['history'], /missing required argument 'tenant'/],
      [['history', 'not a tenant!'], /'not a tenant!' is invalid for argument 'tenant'/],
      [['history', 't1', '--type', 'LicenceEaten'], /--type.*LicenseSwapped/],
      [['history', 't1', '--limit', '1001'], /--limit.*1 to 1,000/],
      // SPEC §6: each order has its own cursor.
      [['history', 't1', '--before', '5'], /--before: before pages newest first: use it with order desc/],
      [['history', 't1', '--order', 'desc', '--after', '5'], /--after: after pages oldest first/],
      [['history', 't1', '--order', 'newest'], /Allowed choices are asc, desc/],
      [['token'], /required option '--role <role>' not specified/],
      [['token', '--role', 'root'], /Allowed choices are tenant-admin, auditor, global-admin/],
      [['token', '--role', 'tenant-admin'], /needs --tenant/],
      [['token', '--role', 'global-admin', '--tenant', 't1'], /not bound to a tenant/],
      [['token', '--role', 'auditor', '--tenant', 't1', '--expires-in', 'forever'], /--expires-in.*duration/],
    ])('%j', async (args, message) => {
      const dir = tempDir();
      const run = await cli(dir, args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      // Issue 17: what the parser refuses is followed by the command's usage line.
      expect(run.stderr).toMatch(/^ledger: [^\n]*\n(usage: ledger [^\n]*\n)?$/);
      expect(fs.existsSync(path.join(dir, EMBEDDED_STORE_FILE))).toBe(false);
    });

    it('a bad setting in the environment is a usage error too, named after the variable', async () => {
      const run = await cli(tempDir(), ['replay'], { LEDGER_ALLOCATION_POLICY: 'generous' });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^ledger: LEDGER_ALLOCATION_POLICY must be "seed" or "per-ten"/);
    });
  });

  describe('on a demo ledger', () => {
    let dir: string;
    let demoSummary: {
      events: number;
      tenants: number;
      brokenAccounts: number;
      overAllocatedTenants: string[];
      refused: number;
      tenantsByRulebook: Record<string, number>;
      rulebookSwitches: number;
      paidSeats: number;
      expiredTerms: number;
      unlicensedAccounts: number;
      fullLicenseAccounts: number;
    };

    beforeAll(async () => {
      dir = tempDir();
      demoSummary = json(await cli(dir, [...DEMO, '--format', 'json']));
    });

    it('demo writes the requested size through the domain, with a broken account and an over-allocated tenant', () => {
      expect(demoSummary).toMatchObject({ tenants: 12, refused: 0 });
      expect(demoSummary.events).toBeGreaterThanOrEqual(3000);
      expect(demoSummary.events).toBeLessThan(3000 * 1.05);
      expect(demoSummary.brokenAccounts).toBeGreaterThan(0);
      expect(demoSummary.overAllocatedTenants.length).toBeGreaterThan(0);
    });

    it('demo summary: tenants under each rulebook, one switching, terms expired (R9, R13)', () => {
      expect(Object.keys(demoSummary.tenantsByRulebook).sort()).toEqual(['2019', '2020', 'current']);
      expect(Object.values(demoSummary.tenantsByRulebook).every((tenants) => tenants > 0)).toBe(true);
      expect(Object.values(demoSummary.tenantsByRulebook).reduce((sum, tenants) => sum + tenants, 0)).toBe(
        12,
      );
      expect(demoSummary.rulebookSwitches).toBeGreaterThan(0);
      expect(demoSummary.expiredTerms).toBeGreaterThan(0);
    });

    it('report quota shows the demo paid seats and compliance counts (R10, R11, R12)', async () => {
      const report = json<QuotaReport>(await cli(dir, ['report', 'quota']));
      const sum = (of: (tenant: Record<string, unknown>) => number) =>
        report.tenants.reduce((total, tenant) => total + of(tenant), 0);
      type Row = { virtualUser: { paid: { held: number } }; compliance: Record<string, number> };
      expect(sum((tenant) => (tenant as Row).virtualUser.paid.held)).toBe(demoSummary.paidSeats);
      expect(sum((tenant) => (tenant as Row).compliance.UNLICENSED)).toBe(demoSummary.unlicensedAccounts);
      expect(sum((tenant) => (tenant as Row).compliance.FULL_LICENCE)).toBe(demoSummary.fullLicenseAccounts);
      expect(demoSummary.unlicensedAccounts).toBeGreaterThan(0);
    });

    it('demo events carry exactly the metadata the API writes, in time order within each stream', async () => {
      const store = openServiceLog(dir);
      try {
        const from = new Date(UNTIL).getTime() - 12 * 31 * 24 * 3600 * 1000;
        const tenants = await fullReplayAsOf(store, UNTIL);
        expect(tenants).toHaveLength(12);
        for (const { tenantId } of tenants) {
          let previous = '';
          const events: RecordedEvent[] = [];
          for await (const event of store.readStream(tenantStreamName(tenantId))) events.push(event);
          // SPEC §5: the demo erases one tenant's personal data; who acted before it reads as erased.
          const erasedThrough = events.map((event) => event.type).lastIndexOf('PersonalDataErased');
          for (const event of events) {
            expect(Object.keys(event.metadata)).toEqual([
              'tenantId',
              'activityId',
              'commandId',
              'actor',
              'correlationId',
              'occurredAt',
              'schemaVersion',
            ]);
            // Each type at the version this build writes it (LicensePurchased at 2 since rulebooks).
            expect(isLedgerEventType(event.type)).toBe(true);
            expect(event.metadata).toMatchObject({
              tenantId,
              // R13: an expiry is the service's own write, as its scheduler records it.
              actor:
                event.revision < BigInt(erasedThrough)
                  ? ERASED
                  : event.type === 'SubscriptionExpired'
                    ? 'ledger'
                    : 'demo',
              schemaVersion: isLedgerEventType(event.type) ? schemaVersionOf(event.type) : -1,
            });
            const occurredAt = event.metadata.occurredAt as string;
            expect(occurredAt >= previous).toBe(true);
            expect(Date.parse(occurredAt)).toBeGreaterThan(from);
            expect(occurredAt <= UNTIL).toBe(true);
            previous = occurredAt;
          }
        }
      } finally {
        await store.close();
      }
    });

    it('demo --format csv or table: its figures as one row on stdout; the next step a notice on stderr', async () => {
      const small = ['demo', '--tenants', '2', '--events', '200', '--until', UNTIL];
      const csv = await cli(tempDir(), [...small, '--format', 'csv']);
      expect(csv.code).toBe(0);
      expect(csv.stdout).toMatch(
        /^events,activities,appends,ms,eventsPerSecond,tenants,.*,store\n\d+,\d+,\d+,\d+,\d+,2,/,
      );
      expect(csv.stderr).toContain('Next: ledger replay');
      const table = await cli(tempDir(), [...small, '--quiet']);
      expect(table).toMatchObject({ code: 0, stderr: '' });
      expect(table.stdout).toMatch(/^EVENTS\s+ACTIVITIES\s+APPENDS\s.*\n\d+\s+\d+\s+\d+\s/);
    });

    it('the same demo again is refused (exit 1): its tenants are already there', async () => {
      const run = await cli(dir, DEMO);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^ledger: the store already holds tenant .*use another --seed/);
    });

    it('replay rebuilds every projection and prints its stats; the read models equal an incremental catch-up', async () => {
      // An independent projection file, caught up in small batches as a live runner would.
      const store = openServiceLog(dir);
      const incremental = LedgerProjections.open(path.join(dir, 'incremental.sqlite'), store, {
        batchSize: 97,
      });
      try {
        await incremental.runner.catchUp();

        const stats = json<Record<string, unknown>>(await cli(dir, ['replay', '--format', 'json']));
        expect(stats).toEqual({
          events: demoSummary.events,
          ms: expect.any(Number),
          eventsPerSecond: expect.any(Number),
          tenants: 12,
          brokenAccounts: demoSummary.brokenAccounts,
          projectionsFile: path.join(dir, PROJECTIONS_FILE),
        });

        const table = await cli(dir, ['replay']);
        expect(table.code).toBe(0);
        expect(table.stdout).toMatch(
          /^EVENTS\s+MS\s+EVENTSPERSECOND\s+TENANTS\s+BROKENACCOUNTS\s+PROJECTIONSFILE\n\d+\s+\d+\s+\d+\s+12\s+\d+\s+\S/,
        );
        const csv = await cli(dir, ['replay', '--format', 'csv']);
        expect(csv.stdout).toMatch(
          /^events,ms,eventsPerSecond,tenants,brokenAccounts,projectionsFile\n\d+,\d+,\d+,12,/,
        );

        const rebuilt = LedgerProjections.open(path.join(dir, PROJECTIONS_FILE), store);
        try {
          expect(snapshot(rebuilt.readModels)).toEqual(snapshot(incremental.readModels));
        } finally {
          await rebuilt.close();
        }
      } finally {
        await incremental.close();
        await store.close();
      }
    });

    it('report quota: the CSV parses back to the JSON report, row for row', async () => {
      const report = json<QuotaReport>(await cli(dir, ['report', 'quota']));
      const csv = await cli(dir, ['report', 'quota', '--format', 'csv']);
      expect(csv.code).toBe(0);
      const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
      expect(Object.keys(rows[0])).toEqual([...QUOTA_REPORT_COLUMNS]);
      expect(rows).toEqual(
        report.tenants.map((tenant) => {
          const { phoneSystemSeats, virtualUser, compliance } = tenant as {
            phoneSystemSeats: { purchased: number; assigned: number };
            virtualUser: {
              allocation: number;
              purchased: number;
              assigned: number;
              available: number;
              free: { held: number };
              paid: { held: number; monthlyCost: number };
            };
            compliance: { UNLICENSED: number; FULL_LICENCE: number };
          };
          return {
            tenantId: tenant.tenantId,
            policy: tenant.policy,
            phoneSystemPurchased: String(phoneSystemSeats.purchased),
            phoneSystemAssigned: String(phoneSystemSeats.assigned),
            virtualUserAllocation: String(virtualUser.allocation),
            virtualUserPurchased: String(virtualUser.purchased),
            virtualUserAssigned: String(virtualUser.assigned),
            virtualUserAvailable: String(virtualUser.available),
            // csv-stringify's boolean cast, as in the API's CSV.
            overAllocated: tenant.overAllocated === true ? '1' : '',
            rulebook: tenant.rulebook,
            virtualUserFreeHeld: String(virtualUser.free.held),
            virtualUserPaidHeld: String(virtualUser.paid.held),
            virtualUserPaidMonthlyCostUsd: String(virtualUser.paid.monthlyCost),
            overAllocatedBy: String(tenant.overAllocatedBy),
            unlicensedAccounts: String(compliance.UNLICENSED),
            fullLicenceAccounts: String(compliance.FULL_LICENCE),
          };
        }),
      );
      expect(
        report.tenants.filter((tenant) => tenant.overAllocated === true).map((tenant) => tenant.tenantId),
      ).toEqual(demoSummary.overAllocatedTenants);
    });

    it('report quota --as-of: before everything no tenant, at the end the same as now but for the terms expiring', async () => {
      expect(json<QuotaReport>(await cli(dir, ['report', 'quota', '--as-of', '2000-01-01']))).toEqual({
        asOf: '2000-01-01T00:00:00.000Z',
        tenants: [],
      });
      const now = json<QuotaReport>(await cli(dir, ['report', 'quota']));
      const atEnd = json<QuotaReport>(await cli(dir, ['report', 'quota', '--as-of', UNTIL]));
      expect(atEnd.asOf).toBe(UNTIL);
      // R13: `expiring` is judged from the instant read: the demo's terms ending within 30 days after it.
      const withoutExpiring = ({ expiring: _expiring, ...tenant }: Record<string, unknown>) => tenant;
      expect(atEnd.tenants.map(({ asOf: _asOf, ...tenant }) => withoutExpiring(tenant))).toEqual(
        now.tenants.map(withoutExpiring),
      );
      const expiring = atEnd.tenants.flatMap((tenant) => tenant.expiring as { readonly endsAt: string }[]);
      expect(expiring.length).toBeGreaterThan(0);
      for (const { endsAt } of expiring) {
        expect(endsAt > UNTIL).toBe(true);
        expect(Date.parse(endsAt) - Date.parse(UNTIL)).toBeLessThanOrEqual(30 * 24 * 3600 * 1000);
      }
      const csv = await cli(dir, ['report', 'quota', '--as-of', '2000-01-01', '--format', 'csv']);
      expect(csv.stdout.trim()).toBe(QUOTA_REPORT_COLUMNS.join(','));
    });

    it('report broken-accounts lists exactly the accounts the log says a split swap broke (R6)', async () => {
      const store = openServiceLog(dir);
      let expected: string[];
      try {
        expected = (await fullReplayAsOf(store, UNTIL)).flatMap(({ tenantId, state }) =>
          [...state.accounts.values()]
            .filter((account) => account.status.status === 'broken')
            .map((account) => `${tenantId}/${account.accountId}`),
        );
      } finally {
        await store.close();
      }
      expect(expected.length).toBe(demoSummary.brokenAccounts);

      const report = json<{
        accounts: { tenantId: string; accountId: string; status: string; brokenBy: unknown }[];
      }>(await cli(dir, ['report', 'broken-accounts']));
      expect(report.accounts.map((account) => `${account.tenantId}/${account.accountId}`).sort()).toEqual(
        expected.sort(),
      );
      for (const account of report.accounts) {
        expect(account).toMatchObject({ status: 'broken', brokenBy: expect.any(Object) });
      }

      const csvFile = path.join(dir, 'broken.csv');
      const csv = await cli(dir, ['report', 'broken-accounts', '--format', 'csv', '--out', csvFile]);
      expect(csv).toMatchObject({ code: 0, stdout: '' });
      expect(csv.stderr).toContain(`wrote ${expected.length} accounts to ${csvFile}`);
      const rows = parse(fs.readFileSync(csvFile, 'utf8'), { columns: true }) as Record<string, string>[];
      expect(Object.keys(rows[0])).toEqual([...BROKEN_ACCOUNTS_COLUMNS]);
      expect(rows.map((row) => `${row.tenantId}/${row.accountId}`).sort()).toEqual(expected.sort());
    });

    it('report trend: the last point is the quota now, a tenant’s and every tenant’s summed; CSV and a table too', async () => {
      const quota = json<QuotaReport>(await cli(dir, ['report', 'quota']));
      const figuresOf = (row: Record<string, unknown>) => {
        const { phoneSystemSeats, virtualUser, compliance } = row as {
          phoneSystemSeats: { purchased: number };
          virtualUser: {
            assigned: number;
            free: { allocation: number; held: number };
            paid: { held: number; monthlyCost: number };
          };
          compliance: { UNLICENSED: number; FULL_LICENCE: number };
        };
        return {
          allocation: virtualUser.free.allocation,
          free: virtualUser.free.held,
          paid: virtualUser.paid.held,
          assigned: virtualUser.assigned,
          phoneSystemSeats: phoneSystemSeats.purchased,
          nonCompliant: compliance.UNLICENSED + compliance.FULL_LICENCE,
          monthlyCost: virtualUser.paid.monthlyCost,
        };
      };
      type Trend = { points: (Record<string, number | string | boolean | null> & { at: string })[] };
      const range = ['--from', '2025-01-01', '--to', UNTIL, '--interval', 'month'];
      const estate = json<Trend>(await cli(dir, ['report', 'trend', ...range]));
      const last = estate.points.at(-1)!;
      const sums: Record<string, number> = {};
      for (const row of quota.tenants) {
        for (const [figure, value] of Object.entries(figuresOf(row)))
          sums[figure] = (sums[figure] ?? 0) + value;
      }
      expect(last).toMatchObject({
        at: UNTIL,
        forecast: false,
        tenants: 12,
        broken: demoSummary.brokenAccounts,
        ...sums,
      });
      expect(estate.points[0]).toMatchObject({ at: '2025-02-01T00:00:00.000Z' });

      const tenantId = String(quota.tenants[0]!.tenantId);
      const one = json<Trend>(await cli(dir, ['report', 'trend', '--tenant', tenantId, ...range]));
      expect(one.points.at(-1)).toMatchObject(figuresOf(quota.tenants[0]!));

      const file = path.join(dir, 'trend.csv');
      const csv = await cli(dir, [
        'report',
        'trend',
        '--tenant',
        tenantId,
        ...range,
        '--format',
        'csv',
        '--out',
        file,
      ]);
      expect(csv).toMatchObject({
        code: 0,
        stdout: '',
        stderr: `wrote ${one.points.length} points to ${file}\n`,
      });
      const rows = parse(fs.readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
      expect(Object.keys(rows[0]!)).toEqual([...TENANT_TREND_COLUMNS]);
      expect(rows.map((row) => Number(row.assigned))).toEqual(one.points.map((point) => point.assigned));

      const table = await cli(dir, ['report', 'trend', ...range, '--format', 'table']);
      expect(table.code).toBe(0);
      expect(table.stdout.split('\n')[0]).toMatch(
        /^AT\s+RULEBOOK\s+ALLOCATION\s+FREE\s+PAID\s+ASSIGNED\s+PHONESYSTEMSEATS\s+BROKEN\s+NONCOMPLIANT\s+MONTHLYCOST\s+FORECAST\s+TENANTS$/,
      );
      expect(table.stdout.trim().split('\n')).toHaveLength(estate.points.length + 1);
    });

    it('report attention: the tenants with broken accounts critical first; CSV one row per reason; a table with the totals', async () => {
      const report = json<{
        tenants: { tenantId: string; severity: string; reasons: { code: string; count: number }[] }[];
        summary: { tenants: number; needingAction: number };
        next: null;
      }>(await cli(dir, ['report', 'attention']));
      const broken = json<{ accounts: { tenantId: string }[] }>(
        await cli(dir, ['report', 'broken-accounts']),
      );
      const brokenTenants = new Set(broken.accounts.map((account) => account.tenantId));
      expect(brokenTenants.size).toBeGreaterThan(0);
      expect(
        report.tenants
          .slice(0, brokenTenants.size)
          .map((entry) => entry.tenantId)
          .sort(),
      ).toEqual([...brokenTenants].sort());
      for (const entry of report.tenants.slice(0, brokenTenants.size)) {
        expect(entry.severity).toBe('critical');
        expect(entry.reasons[0]).toMatchObject({ code: 'BROKEN_ACCOUNTS' });
      }
      for (const tenantId of demoSummary.overAllocatedTenants) {
        const entry = report.tenants.find((one) => one.tenantId === tenantId);
        expect(entry?.severity).toBe('critical');
      }
      expect(report.summary).toMatchObject({ tenants: 12, needingAction: report.tenants.length });

      const file = path.join(dir, 'attention.csv');
      const csv = await cli(dir, ['report', 'attention', '--format', 'csv', '--out', file]);
      expect(csv).toMatchObject({ code: 0, stderr: `wrote ${report.tenants.length} tenants to ${file}\n` });
      const rows = parse(fs.readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
      expect(rows.map((row) => `${row.tenantId} ${row.code}`)).toEqual(
        report.tenants.flatMap((entry) => entry.reasons.map((reason) => `${entry.tenantId} ${reason.code}`)),
      );

      const table = await cli(dir, ['report', 'attention', '--format', 'table']);
      expect(table.stdout.split('\n')[0]).toMatch(/^TENANT\s+SEVERITY\s+REASON\s+COUNT\s+WHAT$/);
      expect(table.stdout).toContain(`${report.tenants.length} of 12 tenants need action`);
    });

    describe('--out is written whole or not at all; a failure exits 1 with one line', () => {
      const REPORTS = [
        ['report', 'quota'],
        ['report', 'broken-accounts'],
        ['report', 'trend', '--from', '2026-01-01', '--to', '2026-03-01', '--interval', 'month'],
        ['report', 'attention'],
      ];

      it.each(REPORTS)(
        '%s %s into a directory that does not exist: exit 1, nothing written',
        async (...args) => {
          const out = path.join(dir, 'no-such-directory', 'report.out');
          const run = await cli(dir, [...args, '--out', out]);
          expect(run).toEqual({
            code: 1,
            stdout: '',
            stderr: `ledger: cannot write ${out}: its directory does not exist\n`,
          });
          expect(fs.existsSync(path.dirname(out))).toBe(false);
        },
      );

      it.each(REPORTS)(
        '%s %s over a directory: exit 1, and no temporary file left beside it',
        async (...args) => {
          const parent = fs.mkdtempSync(path.join(dir, 'out-'));
          const out = path.join(parent, 'taken');
          fs.mkdirSync(out);
          const run = await cli(dir, [...args, '--out', out]);
          expect(run).toEqual({
            code: 1,
            stdout: '',
            stderr: `ledger: cannot write ${out}: it is a directory\n`,
          });
          expect(fs.readdirSync(parent)).toEqual(['taken']);
        },
      );

      it.each(REPORTS)('%s %s replaces a previous report whole', async (...args) => {
        const parent = fs.mkdtempSync(path.join(dir, 'out-'));
        const out = path.join(parent, 'report.json');
        fs.writeFileSync(out, 'the previous report, much longer than nothing at all '.repeat(2000));
        const run = await cli(dir, [...args, '--out', out]);
        expect(run.code).toBe(0);
        expect(fs.readdirSync(parent)).toEqual(['report.json']);
        expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toEqual(json(await cli(dir, args)));
      });
    });

    it('history: one tenant, filtered by account and type, paged; an unknown tenant exits 1', async () => {
      const report = json<{ accounts: { tenantId: string; accountId: string }[] }>(
        await cli(dir, ['report', 'broken-accounts']),
      );
      const { tenantId, accountId } = report.accounts[0];

      interface Page {
        events: { revision: number; type: string; data: { accountId?: string }; actor: string }[];
        next: number | null;
        total: number;
      }
      const all = json<Page>(await cli(dir, ['history', tenantId, '--limit', '1000', '--format', 'json']));
      // R9: the tenant's first write adopted its rulebook, in the same activity as the purchase.
      expect(all.events[0]).toMatchObject({ revision: 0, type: 'RulebookAdopted', actor: 'demo' });
      expect(all.events[1]).toMatchObject({ revision: 1, type: 'LicensePurchased', actor: 'demo' });

      const ofAccount = json<Page>(
        await cli(dir, ['history', tenantId, '--account', accountId, '--format', 'json']),
      );
      expect(ofAccount.events.length).toBeGreaterThan(1);
      expect(ofAccount.events.every((event) => event.data.accountId === accountId)).toBe(true);
      // R6: the account lost its phone-capable licence in one activity and got one in a later one.
      expect(ofAccount.events.map((event) => event.type)).toEqual(
        expect.arrayContaining(['AccountCreated', 'LicenseUnassigned', 'LicenseAssigned']),
      );

      const swaps = json<Page>(
        await cli(dir, ['history', tenantId, '--type', 'LicenseSwapped', '--format', 'json']),
      );
      expect(swaps.events.every((event) => event.type === 'LicenseSwapped')).toBe(true);

      const first = json<Page>(await cli(dir, ['history', tenantId, '--limit', '3', '--format', 'json']));
      expect(first.events.map((event) => event.revision)).toEqual([0, 1, 2]);
      expect(first.next).toBe(2);
      const second = json<Page>(
        await cli(dir, ['history', tenantId, '--limit', '3', '--after', '2', '--format', 'json']),
      );
      expect(second.events.map((event) => event.revision)).toEqual([3, 4, 5]);

      const table = await cli(dir, ['history', tenantId, '--limit', '3']);
      expect(table.code).toBe(0);
      expect(table.stdout.split('\n')[0]).toMatch(
        /^REV\s+OCCURRED AT\s+TYPE\s+ACCOUNT\s+DETAILS\s+ACTIVITY\s+ACTOR$/,
      );
      expect(table.stdout.trim().split('\n')).toHaveLength(4);
      expect(table.stderr).toContain('more: add --after 2');
      expect(table.stderr).toContain(`3 of ${all.total} matching events`);

      // SPEC §6: newest first, paged back with --before; total counts the whole filter.
      // A stream's revisions run 0 … total - 1, so the newest are known without reading them all.
      const last = all.total - 1;
      const newest = json<Page>(
        await cli(dir, ['history', tenantId, '--order', 'desc', '--limit', '3', '--format', 'json']),
      );
      expect(newest.events.map((event) => event.revision)).toEqual([last, last - 1, last - 2]);
      expect(newest.total).toBe(all.total);
      const older = json<Page>(
        await cli(dir, [
          'history',
          tenantId,
          '--order',
          'desc',
          '--limit',
          '3',
          '--before',
          String(newest.next),
          '--format',
          'json',
        ]),
      );
      expect(older.events.map((event) => event.revision)).toEqual([last - 3, last - 4, last - 5]);
      const newestTable = await cli(dir, ['history', tenantId, '--order', 'desc', '--limit', '3']);
      expect(newestTable.stderr).toContain(`more: add --before ${String(newest.next)}`);
      const swapsNewest = json<Page>(
        await cli(dir, [
          'history',
          tenantId,
          '--order',
          'desc',
          '--type',
          'LicenseSwapped',
          '--format',
          'json',
        ]),
      );
      expect(swapsNewest.total).toBe(swaps.events.length);
      expect(swapsNewest.events).toEqual([...swaps.events].reverse());

      const unknown = await cli(dir, ['history', 'no-such-tenant']);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toBe('ledger: tenant no-such-tenant has no events in this ledger\n');
    });

    it('next to a running API: replay refuses, reports read what the API keeps current, and its tokens work', async () => {
      const app = await LedgerTestApp.start({}, dir);
      try {
        const env = { LEDGER_JWT_SECRET: TEST_JWT_SECRET };
        const replay = await cli(dir, ['replay'], env);
        expect(replay.code).toBe(1);
        expect(replay.stderr).toMatch(/^ledger: the projection database .* is in use by another process/);
        expect(replay.stderr).toContain('POST /v1/admin/projections/rebuild');

        const admin = (await cli(dir, ['token', '--role', 'global-admin'], env)).stdout.trim();
        const fromApi = await app.request('GET', '/v1/reports/quota', { token: admin });
        expect(fromApi.status).toBe(200);
        const fromCli = await cli(dir, ['report', 'quota'], env);
        expect(fromCli.stderr).toContain('in use by another process');
        expect(JSON.parse(fromCli.stdout)).toEqual(fromApi.body);

        const tenantId = (fromApi.body as unknown as QuotaReport).tenants[0].tenantId as string;
        const tenantAdmin = (
          await cli(dir, ['token', '--role', 'tenant-admin', '--tenant', tenantId], env)
        ).stdout.trim();
        expect(
          (await app.request('GET', `/v1/tenants/${tenantId}/quota`, { token: tenantAdmin })).status,
        ).toBe(200);
        expect(
          (await app.request('GET', '/v1/tenants/someone-else/quota', { token: tenantAdmin })).status,
        ).toBe(403);
      } finally {
        await app.close({ keepData: true });
      }
      expect((await cli(dir, ['replay'])).code).toBe(0);
    });
  });

  describe('projections: status, retry, skip (SPEC §5)', () => {
    it('status shows an unreadable event parked; retry leaves it parked (exit 1); skip releases its tenant', async () => {
      const dir = tempDir();
      const store = EmbeddedEventStore.open(path.join(dir, EMBEDDED_STORE_FILE));
      await store.append(tenantStreamName('held'), [userCreated('held', 'u0')], 'any');
      await store.append(tenantStreamName('held'), [rawEvent('held', 'LicenseTeleported', {})], 'any');
      const bad = String(await store.headPosition());
      await store.append(tenantStreamName('held'), [userCreated('held', 'u2')], 'any');
      await store.append(tenantStreamName('fine'), [userCreated('fine', 'f1')], 'any');
      await store.close();

      const status = await cli(dir, ['projections', 'status']);
      expect(status.code).toBe(0);
      expect(status.stderr).toMatch(/^Position 4 of 4; lag 0; parked events: 1$/m);
      expect(status.stdout).toMatch(
        new RegExp(
          `^POSITION\\s+TENANTID\\s+REVISION\\s+TYPE\\s+PROJECTIONS\\s+ERROR\\n${bad}\\s+held\\s+1\\s+LicenseTeleported\\s+history keyed-activities tenant-views\\s+Unknown ledger event type`,
        ),
      );
      expect((await cli(dir, ['projections', 'status', '--format', 'csv'])).stdout).toMatch(
        new RegExp(`^position,tenantId,revision,type,projections,error\\n${bad},held,1,LicenseTeleported,`),
      );
      expect(
        json<{ parked: { position: string }[] }>(
          await cli(dir, ['projections', 'status', '--format', 'json']),
        ).parked,
      ).toEqual([expect.objectContaining({ position: bad, tenantId: 'held' })]);

      const retry = await cli(dir, ['projections', 'retry', bad]);
      expect(retry.code).toBe(1);
      expect(retry.stderr).toMatch(
        /still fails and stays parked: Unknown ledger event type LicenseTeleported/,
      );
      expect((await cli(dir, ['projections', 'skip', '99'])).stderr).toMatch(
        /No event is parked at position 99/,
      );

      const skip = await cli(dir, ['projections', 'skip', bad]);
      expect(skip.code).toBe(0);
      expect(skip.stdout).toMatch(new RegExp(`^POSITION\\s+OUTCOME\\n${bad}\\s+skipped\\s*\\n$`));
      expect((await cli(dir, ['projections', 'status'])).stderr).toContain('parked events: none');
      const history = json<{ events: { revision: number }[] }>(
        await cli(dir, ['history', 'held', '--format', 'json']),
      );
      // Revision 1 (the skipped event) is left out; the one held behind it is there.
      expect(history.events.map((entry) => entry.revision)).toEqual([0, 2]);
    });
  });

  describe('token', () => {
    const jwt = new JwtService({ secret: TEST_JWT_SECRET });

    it('is signed with LEDGER_JWT_SECRET and carries the SPEC §3 claims; the secret is never printed', async () => {
      const run = await cli(
        tempDir(),
        ['token', '--role', 'auditor', '--tenant', 't1', '--expires-in', '12h'],
        {
          LEDGER_JWT_SECRET: TEST_JWT_SECRET,
        },
      );
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
      expect(run.stdout + run.stderr).not.toContain(TEST_JWT_SECRET);
      const claims = jwt.verify<Record<string, unknown>>(run.stdout.trim(), { algorithms: ['HS256'] });
      expect(claims).toMatchObject({ sub: 'cli-auditor@t1', tid: 't1', roles: ['auditor'] });
      expect((claims.exp as number) - (claims.iat as number)).toBe(12 * 3600);
    });

    it('--format json, csv or table: the token with its claims; without it, the bare token', async () => {
      const env = { LEDGER_JWT_SECRET: TEST_JWT_SECRET };
      const args = ['token', '--role', 'auditor', '--tenant', 't1', '--expires-in', '1h'];
      const answer = json<Record<string, unknown>>(await cli(tempDir(), [...args, '--format', 'json'], env));
      expect(answer).toEqual({
        token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
        sub: 'cli-auditor@t1',
        roles: ['auditor'],
        tid: 't1',
        iat: expect.any(Number),
        exp: expect.any(Number),
      });
      expect(jwt.verify<Record<string, unknown>>(answer.token as string)).toMatchObject({ tid: 't1' });
      const csv = await cli(tempDir(), [...args, '--format', 'csv'], env);
      expect(csv.stdout).toMatch(
        /^token,sub,roles,tid,iat,exp\n[\w-]+\.[\w-]+\.[\w-]+,cli-auditor@t1,auditor,t1,\d+,\d+\n$/,
      );
      const table = await cli(tempDir(), [...args, '--format', 'table'], env);
      expect(table.stdout).toMatch(
        /^TOKEN\s+SUB\s+ROLES\s+TID\s+IAT\s+EXP\n\S+\s+cli-auditor@t1\s+auditor\s+t1\s/,
      );
    });

    it('a global-admin token has no tenant; --subject names the actor', async () => {
      const run = await cli(tempDir(), ['token', '--role', 'global-admin', '--subject', 'ops@example.com'], {
        LEDGER_JWT_SECRET: TEST_JWT_SECRET,
      });
      const claims = jwt.verify<Record<string, unknown>>(run.stdout.trim());
      expect(claims).toMatchObject({ sub: 'ops@example.com', roles: ['global-admin'] });
      expect(claims.tid).toBeUndefined();
      expect((claims.exp as number) - (claims.iat as number)).toBe(7 * 86_400);
    });

    it('without LEDGER_JWT_SECRET, signs with the development secret the API keeps in the data dir', async () => {
      const dir = tempDir();
      const run = await cli(dir, ['token', '--role', 'tenant-admin', '--tenant', 't1']);
      expect(run.code).toBe(0);
      const secret = fs.readFileSync(path.join(dir, 'dev-jwt-secret'), 'utf8').trim();
      expect(run.stdout).not.toContain(secret);
      expect(new JwtService({ secret }).verify<Record<string, unknown>>(run.stdout.trim())).toMatchObject({
        tid: 't1',
        roles: ['tenant-admin'],
      });
    });
  });

  describe('import-tenant: a tenant exported by one ledger, rebuilt in another (SPEC §5)', () => {
    it('imports the export into an empty data dir: the same quota, and a second run appends nothing', async () => {
      const source = await LedgerTestApp.start();
      try {
        const tenant = new TenantClient(source, 'moving');
        expectStatus(await tenant.purchase('PHONE_SYSTEM', 2), 201);
        expectStatus(await tenant.purchase('PHONE_SYSTEM_VIRTUAL_USER', 3), 201);
        await tenant.licensedResourceAccount('aa-1', '+33123456780');
        const response = await fetch(`${source.baseUrl}/v1/tenants/moving/export`, {
          headers: { authorization: `Bearer ${tokens.globalAdmin()}` },
        });
        expect(response.status).toBe(200);
        const file = path.join(tempDir(), 'moving.ndjson');
        fs.writeFileSync(file, await response.text());
        const { position: _position, ...quota } = (await tenant.quota()).body;

        const target = tempDir();
        const first = await cli(target, ['import-tenant', file]);
        // Six: the rulebook adopted with the first write (R9), then the five the writes above record.
        expect(first.code).toBe(0);
        expect(first.stdout).toMatch(/^TENANTID\s+IMPORTED\s+ALREADYHELD\nmoving\s+6\s+0\s*\n$/);
        expect(first.stderr).toContain('imported 6 of 6 events');
        const again = await cli(target, ['import-tenant', file, '--format', 'csv']);
        expect(again).toMatchObject({
          code: 0,
          stdout: 'tenantId,imported,alreadyHeld\nmoving,0,6\n',
        });
        expect(json(await cli(target, ['import-tenant', file, '--format', 'json']))).toEqual({
          tenantId: 'moving',
          imported: 0,
          alreadyHeld: 6,
        });
        const report = json<QuotaReport>(await cli(target, ['report', 'quota', '--format', 'json']));
        expect(report.tenants).toEqual([expect.objectContaining({ ...quota, tenantId: 'moving' })]);
      } finally {
        await source.close();
      }
    });

    it('refuses a file that is not an export (naming the line), and one it cannot read', async () => {
      const dir = tempDir();
      const file = path.join(dir, 'bad.ndjson');
      fs.writeFileSync(file, '{"streamName":"licensing-tenant-x","revision":"0"}\n');
      const bad = await cli(dir, ['import-tenant', file]);
      expect(bad).toMatchObject({ code: 1, stdout: '' });
      expect(bad.stderr).toContain('Line 1 is not an exported event');
      const missing = path.join(dir, 'missing.ndjson');
      expect(await cli(dir, ['import-tenant', missing])).toMatchObject({
        code: 1,
        stderr: `ledger: cannot read ${missing}: ENOENT\n`,
      });
    });
  });

  describe('import-tenant refuses an export that is not whole, with the reason, before appending anything', () => {
    /** The export of tenant `moving` (six events and its end line), and of `other`. */
    let exported: string;
    let otherExport: string;
    let source: LedgerTestApp;
    beforeAll(async () => {
      source = await LedgerTestApp.start();
      for (const tenantId of ['moving', 'other']) {
        const tenant = new TenantClient(source, tenantId);
        expectStatus(await tenant.purchase('PHONE_SYSTEM', 2), 201);
        expectStatus(await tenant.purchase('PHONE_SYSTEM_VIRTUAL_USER', 3), 201);
        await tenant.licensedResourceAccount('aa-1', '+33123456780');
      }
      const exportOf = async (tenantId: string) => {
        const response = await fetch(`${source.baseUrl}/v1/tenants/${tenantId}/export`, {
          headers: { authorization: `Bearer ${tokens.globalAdmin()}` },
        });
        expect(response.status).toBe(200);
        return response.text();
      };
      exported = await exportOf('moving');
      otherExport = await exportOf('other');
    });
    afterAll(() => source.close());

    /** The export's lines, each without its newline: six events, then the end line. */
    const lines = (text: string): string[] => text.split('\n').slice(0, -1);
    /** A data dir where an import of the export stopped after `events` events. */
    async function interruptedImport(events: number): Promise<{ target: string; held: string[] }> {
      const target = tempDir();
      const first = lines(exported)
        .slice(0, events)
        .map((line, index) => parseExportedEvent(line, index + 1));
      const store = EmbeddedEventStore.open(path.join(target, EMBEDDED_STORE_FILE));
      await store.append(
        tenantStreamName('moving'),
        first.map(({ id, type, data, metadata }) => ({ id, type, data, metadata })),
        'no-stream',
      );
      await store.close();
      return { target, held: first.map(({ id }) => id) };
    }
    async function eventIdsIn(dataDir: string): Promise<string[]> {
      const store = EmbeddedEventStore.open(path.join(dataDir, EMBEDDED_STORE_FILE));
      try {
        const ids: string[] = [];
        for await (const event of store.readAll()) ids.push(event.id);
        return ids;
      } finally {
        await store.close();
      }
    }
    const flipOneByte = (text: string): string => {
      // The first letter of the fourth event's type, one the interrupted import does not hold: the
      // line stays JSON and an event, only its bytes differ.
      const bytes = Buffer.from(text);
      const fourthLine = Buffer.byteLength(`${lines(text).slice(0, 3).join('\n')}\n`);
      const at = bytes.indexOf('"type":"', fourthLine) + '"type":"'.length;
      bytes[at] = (bytes[at] ?? 0) ^ 0x20;
      return bytes.toString('utf8');
    };

    it.each([
      [
        'cut at a line boundary',
        () => `${lines(exported).slice(0, 3).join('\n')}\n`,
        'the export is incomplete: no end line after 3 events — download it again',
      ],
      [
        'cut part-way through a line',
        () => exported.slice(0, exported.indexOf('\n', exported.indexOf('\n') + 1) + 40),
        'the export is incomplete: it stops part-way through line 3, after 2 events — download it again',
      ],
      [
        'one byte of an event line changed',
        () => flipOneByte(exported),
        'the export was altered: the SHA-256 of its 6 events does not match its end line — download it again',
      ],
      [
        'closed by the end line of another tenant’s export',
        () => [...lines(exported).slice(0, -1), lines(otherExport).at(-1), ''].join('\n'),
        'the end line closes the export of licensing-tenant-other, not of licensing-tenant-moving whose events the file holds',
      ],
      [
        'followed by lines after its end line',
        () => `${exported}${lines(exported)[0]}\n`,
        'the export goes on after its end line (line 8): it was altered — download it again',
      ],
    ])('%s: exit 1, one line naming what is wrong, nothing appended', async (_case, damaged, reason) => {
      // An import interrupted after two events: an importer that trusted the file would append the rest.
      const { target, held } = await interruptedImport(2);
      const file = path.join(target, 'moving.ndjson');
      fs.writeFileSync(file, damaged());

      const run = await cli(target, ['import-tenant', file]);
      expect(run).toMatchObject({ code: 1, stdout: '', stderr: `ledger: ${file}: ${reason}\n` });

      expect(await eventIdsIn(target)).toEqual(held);
    });

    it('a target whose tenant of that name has another history: exit 1, nothing appended', async () => {
      const target = tempDir();
      const store = EmbeddedEventStore.open(path.join(target, EMBEDDED_STORE_FILE));
      await store.append(tenantStreamName('moving'), [userCreated('moving', 'u-1')], 'no-stream');
      await store.close();
      const file = path.join(target, 'moving.ndjson');
      fs.writeFileSync(file, exported);
      const conflict = await cli(target, ['import-tenant', file]);
      expect(conflict).toMatchObject({ code: 1, stdout: '' });
      expect(conflict.stderr).toContain('licensing-tenant-moving already holds other events');
      expect(await eventIdsIn(target)).toHaveLength(1);
    });

    it('the same file whole resumes that interrupted import: it appends only the four events missing', async () => {
      const { target, held } = await interruptedImport(2);
      const file = path.join(target, 'moving.ndjson');
      fs.writeFileSync(file, exported);
      expect(await cli(target, ['import-tenant', file, '--format', 'csv'])).toMatchObject({
        code: 0,
        stdout: 'tenantId,imported,alreadyHeld\nmoving,4,2\n',
      });
      const all = lines(exported)
        .slice(0, -1)
        .map((line, index) => parseExportedEvent(line, index + 1).id);
      expect(await eventIdsIn(target)).toEqual(all);
      expect(all.slice(0, 2)).toEqual(held);
    });
  });

  it('reports on an empty data dir: nothing to report, and not an error', async () => {
    const dir = tempDir();
    expect(json<QuotaReport>(await cli(dir, ['report', 'quota']))).toEqual({ tenants: [] });
    expect(json(await cli(dir, ['report', 'broken-accounts']))).toEqual({ accounts: [] });
    expect(json(await cli(dir, ['report', 'attention']))).toEqual({
      tenants: [],
      summary: { tenants: 0, needingAction: 0, critical: 0, warning: 0, notice: 0 },
      next: null,
    });
    const trend = json<{ points: { tenants: number }[] }>(
      await cli(dir, ['report', 'trend', '--from', '2026-01-01', '--to', '2026-01-03', '--interval', 'day']),
    );
    expect(trend.points.map((point) => point.tenants)).toEqual([0, 0]);
  });
});
