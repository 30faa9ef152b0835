/**
 * How fast `evolve` folds events. Not a test: it prints numbers, it asserts nothing.
 * Not part of `npm run bench` (it times the domain alone, not the service); run it from the
 * repository root, optionally with the events per case (default 1,000,000):
 *
 *   node -r @swc-node/register bench/fold-rate.ts [events]
 *
 * Events are made by `decide` from a seeded random administrator, so they are valid
 * streams; only the fold is timed. The baseline, in the same run, is what copying the
 * account map per event (the simple immutable alternative) costs on the same states.
 */
import {
  decide,
  evolve,
  initialTenantState,
  type AccountState,
  type LedgerCommand,
  type LedgerEventEnvelope,
  type Sku,
  type TenantState,
} from '@ledger/licensing';
// Every run folds the same events.
import { seededRandom } from './support/seeded-random';

/** One tenant's stream of at least `events` events over `accounts` accounts, half of them resource accounts. */
function tenantStream(events: number, accounts: number, seed: number): LedgerEventEnvelope[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const stream: LedgerEventEnvelope[] = [];
  let state: TenantState = initialTenantState();
  let activity = 0;
  const run = (command: LedgerCommand): void => {
    const result = decide(command, state);
    if (!result.ok) return;
    activity += 1;
    const facts = {
      activityId: `a-${seed}-${activity}`,
      occurredAt: new Date(activity * 1000).toISOString(),
    };
    for (const event of result.events) {
      const envelope = { event, ...facts };
      stream.push(envelope);
      state = evolve(state, envelope);
    }
  };
  const seats = accounts + 10;
  run({
    type: 'PurchaseLicenses',
    purchaseId: 'ps',
    sku: 'PHONE_SYSTEM',
    quantity: seats,
    defaultRulebook: '2019',
  });
  run({ type: 'PurchaseLicenses', purchaseId: 'e5', sku: 'E5', quantity: seats, defaultRulebook: '2019' });
  run({
    type: 'PurchaseLicenses',
    purchaseId: 'cp',
    sku: 'CALLING_PLAN',
    quantity: seats,
    defaultRulebook: '2019',
  });
  run({
    type: 'PurchaseLicenses',
    purchaseId: 'vu',
    sku: 'PHONE_SYSTEM_VIRTUAL_USER',
    quantity: 24 + 2 * seats,
    defaultRulebook: '2019',
  });
  const ids = Array.from({ length: accounts }, (_, i) => `account-${i}`);
  const create = (accountId: string, index: number): void =>
    run(
      index % 2 === 0
        ? { type: 'CreateAccount', accountId, displayName: accountId, kind: 'user' }
        : {
            type: 'CreateAccount',
            accountId,
            displayName: accountId,
            kind: 'resource',
            resourceType: 'call-queue',
          },
    );
  ids.forEach(create);
  const phoneCapable: readonly Sku[] = ['PHONE_SYSTEM', 'E5', 'PHONE_SYSTEM_VIRTUAL_USER'];
  while (stream.length < events) {
    const index = Math.floor(random() * ids.length);
    const accountId = ids[index] as string;
    const account = state.accounts.get(accountId);
    if (account === undefined) {
      create(accountId, index);
      continue;
    }
    const held = account.licenses.find((sku) => phoneCapable.includes(sku));
    const roll = random();
    if (roll < 0.35) {
      run({
        type: 'ChangeLicenses',
        accountId,
        add: [pick(phoneCapable)],
        remove: held === undefined ? [] : [held],
      });
    } else if (roll < 0.55) {
      run(
        held === undefined
          ? { type: 'ChangeLicenses', accountId, add: [pick(phoneCapable)], remove: [] }
          : { type: 'ChangeLicenses', accountId, add: [], remove: [held] },
      );
    } else if (roll < 0.7) {
      const cp = account.licenses.includes('CALLING_PLAN');
      run({
        type: 'ChangeLicenses',
        accountId,
        add: cp ? [] : ['CALLING_PLAN'],
        remove: cp ? ['CALLING_PLAN'] : [],
      });
    } else if (roll < 0.9) {
      run(
        account.phoneNumber === undefined
          ? {
              type: 'AssignPhoneNumber',
              accountId,
              phoneNumber: `+49${String(10_000_000 + Math.floor(random() * 9e7))}`,
            }
          : { type: 'ReleasePhoneNumber', accountId },
      );
    } else if (roll < 0.97 || account.kind === 'user') {
      run({ type: 'DeleteAccount', accountId });
    } else {
      // The replacement takes the account's place in the pool, so the tenant keeps its size.
      const newAccountId = `${accountId.split('~')[0] as string}~${activity}`;
      run({ type: 'ReplaceAccount', accountId, newAccountId });
      if (state.accounts.has(newAccountId)) ids[index] = newAccountId;
    }
  }
  return stream;
}

function fold(streams: readonly (readonly LedgerEventEnvelope[])[]): TenantState[] {
  return streams.map((stream) => {
    let state = initialTenantState();
    for (const envelope of stream) state = evolve(state, envelope);
    return state;
  });
}

/**
 * The simple immutable alternative, in the same run: evolve, plus a plain `Map` of the
 * accounts copied whole (`new Map(old)`) on every account event, as a Map-copying evolve would.
 */
function foldCopyingAccounts(streams: readonly (readonly LedgerEventEnvelope[])[]): number {
  let copied = 0;
  for (const stream of streams) {
    let state = initialTenantState();
    let accounts = new Map<string, AccountState>();
    for (const envelope of stream) {
      state = evolve(state, envelope);
      const { data } = envelope.event;
      if (!('accountId' in data)) continue;
      accounts = new Map(accounts);
      const account = state.accounts.get(data.accountId);
      if (account === undefined) accounts.delete(data.accountId);
      else accounts.set(data.accountId, account);
      copied += accounts.size;
    }
  }
  return copied;
}

function seconds(work: () => unknown): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function best(runs: number, work: () => unknown): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) fastest = Math.min(fastest, seconds(work));
  return fastest;
}

/** The first `limit` events of the streams (whole streams, in order): enough to time the slow baseline. */
function prefix(
  streams: readonly (readonly LedgerEventEnvelope[])[],
  limit: number,
): (readonly LedgerEventEnvelope[])[] {
  const taken: (readonly LedgerEventEnvelope[])[] = [];
  let count = 0;
  for (const stream of streams) {
    if (count >= limit) break;
    const part = stream.slice(0, limit - count);
    taken.push(part);
    count += part.length;
  }
  return taken;
}

const count = (streams: readonly (readonly LedgerEventEnvelope[])[]): number =>
  streams.reduce((n, stream) => n + stream.length, 0);

const rate = (events: number, s: number): string =>
  `${Math.round(events / s)
    .toLocaleString('en')
    .padStart(11)} events/s (${events.toLocaleString('en')} events in ${s.toFixed(2)} s)`;

function report(name: string, streams: readonly (readonly LedgerEventEnvelope[])[]): void {
  const events = count(streams);
  fold(streams); // warm-up
  const evolveSeconds = best(3, () => fold(streams));
  // The baseline is slow with many accounts: timed on a prefix, which gives a rate all the same.
  const sample = prefix(streams, BASELINE_EVENTS);
  const copySeconds = best(1, () => foldCopyingAccounts(sample));
  const accounts = fold(streams).reduce((n, state) => n + state.accounts.size, 0) / streams.length;
  console.log(
    `${name}, ~${Math.round(accounts)} live accounts per tenant at the end\n` +
      `  evolve, persistent maps:               ${rate(events, evolveSeconds)}\n` +
      `  evolve + new Map(accounts) per event:  ${rate(count(sample), copySeconds)}`,
  );
}

const total = Number(process.argv[2] ?? 1_000_000);
const BASELINE_EVENTS = 200_000;
console.log(
  `node ${process.version}, ${new Date().toISOString()}, ${total.toLocaleString('en')} events per case`,
);
report('one tenant, 300 accounts', [tenantStream(total, 300, 1)]);
report('one tenant, 3,000 accounts', [tenantStream(total, 3000, 2)]);
report(
  '10,000 tenants, 10 accounts each',
  Array.from({ length: 10_000 }, (_, i) => tenantStream(total / 10_000, 10, 100 + i)),
);
