import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EventToAppend, JsonObject } from '@ledger/event-store';
import { quotaOf, type AccountView, type QuotaView } from '@ledger/licensing';
import { LedgerProjections } from '../projection-catalogue';
import { givenATemporaryStore } from '../testing/temporary-store';

/** A log written by a released build, with the views that build answered for it (test/fixtures/logs). */
interface ReleaseFixture {
  readonly writtenBy: string;
  readonly events: readonly (EventToAppend & { readonly streamName: string; readonly revision: number })[];
  readonly views: Readonly<Record<string, { readonly quota: QuotaView; readonly accounts: AccountView[] }>>;
}

const FIXTURE = path.join(__dirname, '../../../../test/fixtures/logs/release-5289ffa.json');

describe('R9 A log written before rulebooks keeps replaying to the same views (through the upcaster, never a rewrite)', () => {
  const temporary = givenATemporaryStore('ledger-release-fixture-');
  const fixture = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as ReleaseFixture;

  beforeEach(async () => {
    for (const { streamName, id, type, data, metadata } of fixture.events) {
      await temporary.store.append(streamName, [{ id, type, data: data as JsonObject, metadata }], 'any');
    }
  });

  it('the fixture is the old release’s: every event at schema version 1, both policies', () => {
    expect(
      fixture.events.every((event) => (event.metadata as { schemaVersion: number }).schemaVersion === 1),
    ).toBe(true);
    expect(new Set(Object.values(fixture.views).map((view) => view.quota.policy))).toEqual(
      new Set(['seed', 'per-ten']),
    );
  });

  it('the projections answer every figure the old release answered, with the rulebook its policy names', async () => {
    const projections = LedgerProjections.open(temporary.file('projections.sqlite'), temporary.store);
    try {
      await projections.runner.catchUp();
      for (const [tenantId, old] of Object.entries(fixture.views)) {
        const quota = projections.readModels.quota(tenantId)?.quota;
        // Every field the old view had, with the same value; new fields beside them.
        expect(quota).toMatchObject(old.quota);
        expect(quota?.rulebook).toBe(old.quota.policy === 'seed' ? '2019' : '2020');
        expect(quota?.virtualUser.paid).toEqual({ held: 0, monthlyCost: 0 });
        const accounts = projections.readModels.accounts(tenantId);
        expect(accounts).toHaveLength(old.accounts.length);
        for (const oldAccount of old.accounts) {
          expect(accounts.find((account) => account.accountId === oldAccount.accountId)).toMatchObject(
            oldAccount,
          );
        }
      }
    } finally {
      await projections.close();
    }
  });

  it('an as-of replay to the end of the log answers the same quota', async () => {
    const projections = LedgerProjections.open(temporary.file('projections.sqlite'), temporary.store);
    try {
      await projections.runner.catchUp();
      for (const [tenantId, old] of Object.entries(fixture.views)) {
        const past = await projections.asOf.tenant(tenantId, '2026-11-01T00:00:00.000Z');
        expect(quotaOf(past.state)).toMatchObject(old.quota);
      }
    } finally {
      await projections.close();
    }
  });
});
