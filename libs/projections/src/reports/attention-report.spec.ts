import type { LedgerCommand } from '@ledger/licensing';
import {
  assign,
  cancelPurchase,
  createResource,
  expireSubscription,
  purchase,
  remove,
} from '@ledger/licensing/testing/command-builders';
import { LedgerProjections } from '../projection-catalogue';
import { START, usersInTenants, writeLedger } from '../testing/ledger-writer';
import { countLoopTurns } from '../testing/loop-turns';
import { givenATemporaryStore } from '../testing/temporary-store';
import { attentionReport, type AttentionReport } from './attention-report';

const iso = (ms: number) => new Date(ms).toISOString();
const DAY = 86_400_000;
/** When the report is asked for: ten days after the ledger was written. */
const NOW = iso(START + 10 * DAY);

/** R6: a split swap on `accountId`: the licence removed in one activity, assigned again in a later one. */
const splitSwap = (accountId: string): LedgerCommand[] => [
  createResource(accountId),
  assign(accountId, 'PHONE_SYSTEM_VIRTUAL_USER'),
  remove(accountId, 'PHONE_SYSTEM_VIRTUAL_USER'),
  assign(accountId, 'PHONE_SYSTEM_VIRTUAL_USER'),
];

/** The tenants of the ledger, by what is wrong with them (index = the tenant's number in writeLedger). */
const TENANTS: Record<string, LedgerCommand[]> = {
  fine: [purchase('PHONE_SYSTEM', 1, { rulebook: '2019' })],
  // 2019: A(1) = 25.
  broken: [
    purchase('PHONE_SYSTEM', 1, { rulebook: '2019' }),
    purchase('PHONE_SYSTEM_VIRTUAL_USER', 2),
    ...splitSwap('aa-1'),
    ...splitSwap('cq-4'),
  ],
  // 2019: A(2) = 26 free seats bought, then a Phone System seat cancelled: A(1) = 25 (R10).
  overAllocated: [
    purchase('PHONE_SYSTEM', 1, { rulebook: '2019' }),
    purchase('PHONE_SYSTEM', 1, { purchaseId: 'second' }),
    purchase('PHONE_SYSTEM_VIRTUAL_USER', 26),
    cancelPurchase('second'),
  ],
  // current: every resource account needs a licence (R11).
  unlicensed: [purchase('PHONE_SYSTEM', 1, { rulebook: 'current' }), createResource('aa-bare')],
  // 2019: 23 of 25 free seats held (92 %), and a term ending in 15 days (R13).
  nearlyUsed: [
    purchase('PHONE_SYSTEM', 1, { rulebook: '2019' }),
    purchase('PHONE_SYSTEM_VIRTUAL_USER', 23),
    purchase('CALLING_PLAN', 4, {
      purchaseId: 'plans',
      term: { endsAt: iso(START + 25 * DAY), trial: true },
      now: iso(START),
    }),
  ],
  // R13: a termed Phone System seat assigned, then expired: 1 assigned, 0 held.
  shortfall: [
    purchase('CALLING_PLAN', 1, {
      rulebook: '2019',
      purchaseId: 'plan',
      term: { endsAt: iso(START + DAY), trial: false },
      now: iso(START),
    }),
    createResource('aa-9'),
    assign('aa-9', 'CALLING_PLAN'),
    expireSubscription('plan', iso(START + 2 * DAY)),
  ],
};

describe('attention report (SPEC §5): the tenants that need action, worst first, from the projected views', () => {
  const temporary = givenATemporaryStore('ledger-attention-');
  let names: Map<string, string>;
  let projections: LedgerProjections;
  let report: AttentionReport;

  beforeEach(async () => {
    const { tenantIds } = await writeLedger(temporary.store, Object.values(TENANTS));
    names = new Map(Object.keys(TENANTS).map((name, index) => [tenantIds[index]!, name]));
    projections = LedgerProjections.open(temporary.file('projections.sqlite'), temporary.store);
    await projections.runner.catchUp();
    report = await attentionReport(projections.readModels, NOW);
  });
  afterEach(() => projections.close());

  const nameOf = (tenantId: string) => names.get(tenantId);

  it('lists only the tenants needing action, critical first, the most accounts or seats concerned first', () => {
    expect(report.tenants.map((entry) => [nameOf(entry.tenantId), entry.severity])).toEqual([
      ['broken', 'critical'],
      ['overAllocated', 'critical'],
      ['shortfall', 'critical'],
      ['unlicensed', 'warning'],
      ['nearlyUsed', 'notice'],
    ]);
    expect(report.summary).toEqual({ tenants: 6, needingAction: 5, critical: 3, warning: 1, notice: 1 });
    expect(report.next).toBeNull();
  });

  it('says each reason in plain words with its numbers and the remedy', () => {
    const reasonsOf = (name: string) =>
      report.tenants.find((entry) => nameOf(entry.tenantId) === name)?.reasons ?? [];
    expect(reasonsOf('broken')).toEqual([
      expect.objectContaining({
        code: 'BROKEN_ACCOUNTS',
        severity: 'critical',
        count: 2,
        message: '2 resource accounts are broken by a split swap (R6): aa-1, cq-4.',
        remedy: expect.stringContaining('/accounts/{accountId}/replacement') as unknown,
      }),
    ]);
    // Over-allocated already says more than "nearly used".
    expect(reasonsOf('overAllocated')).toEqual([
      expect.objectContaining({
        code: 'OVER_ALLOCATED',
        count: 1,
        message: '26 free Resource Account seats held against a free allocation of 25: 1 beyond it (R10).',
      }),
    ]);
    expect(reasonsOf('shortfall')).toEqual([
      expect.objectContaining({
        code: 'SHORTFALL',
        count: 1,
        message:
          'More seats are assigned than held (R13, after an expiry or a cancellation): CALLING_PLAN 1 assigned, 0 held.',
      }),
    ]);
    expect(reasonsOf('unlicensed')).toEqual([
      expect.objectContaining({
        code: 'UNLICENSED',
        severity: 'warning',
        count: 1,
        remedy:
          'Assign PHONE_SYSTEM_VIRTUAL_USER to each of them (buy a Resource Account seat if none is free).',
      }),
    ]);
    expect(reasonsOf('nearlyUsed')).toEqual([
      expect.objectContaining({
        code: 'TERMS_ENDING',
        severity: 'notice',
        count: 1,
        message:
          '1 subscription term ends within 30 days: 4 CALLING_PLAN seats on 2026-01-26 00:00 UTC (trial).',
      }),
      expect.objectContaining({
        code: 'ALLOCATION_NEARLY_USED',
        count: 23,
        message: '23 of the 25 free Resource Account seats are held (92 %); 2 left (R2).',
        remedy: expect.stringContaining('refused (R3)') as unknown,
      }),
    ]);
  });

  it('pages with limit and the next cursor, through the same list', async () => {
    const pages: string[][] = [];
    let after: string | undefined;
    do {
      const page = await attentionReport(projections.readModels, NOW, {
        limit: 2,
        ...(after === undefined ? {} : { after }),
      });
      pages.push(page.tenants.map((entry) => entry.tenantId));
      after = page.next ?? undefined;
    } while (after !== undefined);
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(report.tenants.map((entry) => entry.tenantId));
  });

  it('a term that ended and awaits its expiry (the service was down) is still listed, as ended', async () => {
    const later = await attentionReport(projections.readModels, iso(START + 30 * DAY));
    const nearly = later.tenants.find((entry) => nameOf(entry.tenantId) === 'nearlyUsed');
    expect(nearly?.reasons[0]?.message).toBe(
      '1 subscription term ends within 30 days: 4 CALLING_PLAN seats on 2026-01-26 00:00 UTC (trial) (ended).',
    );
  });

  it('a term ending more than 30 days after now is not yet a reason', async () => {
    const earlier = await attentionReport(projections.readModels, iso(START - 10 * DAY));
    const nearly = earlier.tenants.find((entry) => nameOf(entry.tenantId) === 'nearlyUsed');
    expect(nearly?.reasons.map((reason) => reason.code)).toEqual(['ALLOCATION_NEARLY_USED']);
  });

  it('reads the quota rows page by page, letting the event loop turn between pages', async () => {
    await writeLedger(temporary.store, usersInTenants(1200, 1));
    await projections.runner.catchUp();
    const loop = countLoopTurns();
    const many = await attentionReport(projections.readModels, NOW);
    expect(many.summary.tenants).toBe(1206);
    expect(loop.stop()).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
