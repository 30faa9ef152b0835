import { LedgerProjections } from '@ledger/projections';
import { TenantWriteModelCache } from '@ledger/runtime';
import type { LedgerTestApp } from '../support/ledger-test-app';
import { stringsReachableFrom } from '../support/strings-in-memory';
import { expectStatus, TenantClient } from '../support/tenant-client';
import { signToken, tokens } from '../support/tokens';
import { startInstancePair, type InstancePair, type SharedLog } from './support/instance-pair';

const TENANT = 'two-sided';
const NAME = 'Switchboard Known To Both Instances';
const NUMBER = '+4420790000123';
const ACTOR = 'ops.lead@two-sided.example';

/** What a heap dump of an instance's caches would show: its write models, its projections, its store layer. */
function cachedStrings(app: LedgerTestApp): Set<string> {
  return stringsReachableFrom(
    app.nest.get(TenantWriteModelCache),
    app.nest.get(LedgerProjections),
    app.store,
  );
}

const leftovers = (strings: Iterable<string>): string[] =>
  [NAME, NUMBER, ACTOR].filter((secret) => [...strings].some((text) => text.includes(secret)));

/**
 * SPEC §5 with two instances on one log and one keyring: an erasure made through one instance
 * reaches what the other cached before it, and a write racing the erasure on the other instance
 * is either erased by it (it landed first) or sealed with the new key (it landed after).
 */
describe.each<SharedLog>(['embedded', 'eventstoredb'])('Erasure with two instances on one %s log', (log) => {
  let pair: InstancePair;
  let first: LedgerTestApp;
  let second: LedgerTestApp;
  const admin = signToken({ sub: ACTOR, tid: TENANT, roles: ['tenant-admin'] });

  beforeAll(async () => {
    pair = await startInstancePair(log, { LEDGER_RATE_LIMIT_PER_MINUTE: '0' });
    [first, second] = pair.instances;
  });
  afterAll(() => pair?.close());

  it('what the other instance cached before the erasure is gone from its views and caches after it', async () => {
    const onSecond = new TenantClient(second, TENANT, admin);
    expectStatus(await onSecond.purchase('PHONE_SYSTEM', 2), 201);
    expectStatus(await onSecond.purchase('PHONE_SYSTEM_VIRTUAL_USER', 2), 201);
    expectStatus(
      await onSecond.call('POST', '/accounts', {
        accountId: 'aa-1',
        displayName: NAME,
        kind: 'resource',
        resourceType: 'auto-attendant',
      }),
      201,
    );
    expectStatus(await onSecond.assign('aa-1', 'PHONE_SYSTEM_VIRTUAL_USER'), 201);
    expectStatus(await onSecond.assignNumber('aa-1', NUMBER), 200);
    expect((await onSecond.account('aa-1')).body).toMatchObject({ displayName: NAME, phoneNumber: NUMBER });
    expect(leftovers(cachedStrings(second))).not.toEqual([]);

    const erased = await first.request<{ events: string[] }>(
      'DELETE',
      `/v1/tenants/${TENANT}/personal-data`,
      {
        token: tokens.globalAdmin(),
      },
    );
    expectStatus(erased, 200);
    expect(erased.body.events).toEqual(['PersonalDataErased']);

    // Read-your-writes on the second instance: its projections reach the erasure before it answers.
    expect((await onSecond.account('aa-1')).body).toMatchObject({
      displayName: '[erased]',
      phoneNumber: '[erased]',
    });
    // Its write model is brought up to date by its next write, which must not write an erased number
    // back. Another actor than the erased one: a write by the same person after the erasure records them again.
    expectStatus(await new TenantClient(second, TENANT, tokens.globalAdmin()).releaseNumber('aa-1'), 200);
    expect(leftovers(cachedStrings(second))).toEqual([]);
    expect(leftovers(cachedStrings(first))).toEqual([]);
    const history = await second.request<{ events: Array<{ type: string; data: Record<string, unknown> }> }>(
      'GET',
      `/v1/tenants/${TENANT}/history?limit=1000`,
      { token: tokens.globalAdmin() },
    );
    expect(history.body.events.at(-1)).toMatchObject({
      type: 'PhoneNumberReleased',
      data: { phoneNumber: '[erased]' },
    });
  });

  it('a write racing the erasure on the other instance ends erased (before it) or readable (after it), never half', async () => {
    const onSecond = new TenantClient(second, TENANT, admin);
    const names = Array.from({ length: 6 }, (_, index) => `Racing Line ${index} Of Two-Sided`);
    const [erasure, ...writes] = await Promise.all([
      first.request<{ revision: number }>('DELETE', `/v1/tenants/${TENANT}/personal-data`, {
        token: tokens.globalAdmin(),
      }),
      ...names.map((displayName, index) =>
        onSecond.call('POST', '/accounts', { accountId: `race-${index}`, displayName, kind: 'user' }),
      ),
    ]);
    expectStatus(erasure!, 200);
    for (const write of writes) expectStatus(write, 201);

    const history = await first.request<{
      events: Array<{ revision: number; type: string; data: Record<string, unknown> }>;
    }>('GET', `/v1/tenants/${TENANT}/history?limit=1000`, { token: tokens.globalAdmin() });
    const erasedAt = Math.max(
      ...history.body.events
        .filter((event) => event.type === 'PersonalDataErased')
        .map((event) => event.revision),
    );
    for (const [index, displayName] of names.entries()) {
      const created = history.body.events.find(
        (event) => event.type === 'AccountCreated' && event.data.accountId === `race-${index}`,
      );
      const expected = created!.revision < erasedAt ? '[erased]' : displayName;
      expect({ index, displayName: created?.data.displayName }).toEqual({ index, displayName: expected });
      for (const app of [first, second]) {
        const view = await new TenantClient(app, TENANT, tokens.globalAdmin()).account(`race-${index}`);
        expect({ index, displayName: view.body.displayName }).toEqual({ index, displayName: expected });
      }
    }
  });
});
