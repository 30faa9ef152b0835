import fc from 'fast-check';
import {
  decide,
  evolve,
  evolveAll,
  initialTenantState,
  type LedgerCommand,
  type LedgerEvent,
  type LedgerEventEnvelope,
} from '@ledger/licensing';
import { commandSequence } from '@ledger/licensing/testing/command-arbitraries';
import { decodeTenantState, encodeTenantState, UnreadableSnapshotError } from './tenant-state-codec';
import { observableState } from '../testing/ledger-writer';
import { countLoopTurns } from '../testing/loop-turns';

const START = Date.UTC(2026, 0, 1);

/** The events a tenant's administrators would have recorded: accepted commands, one activity each. */
function historyOf(commands: readonly LedgerCommand[]): LedgerEventEnvelope[] {
  const history: LedgerEventEnvelope[] = [];
  let state = initialTenantState();
  for (const [n, command] of commands.entries()) {
    const decision = decide(command, state);
    if (!decision.ok) continue;
    const facts = { activityId: `activity-${n}`, occurredAt: new Date(START + n * 60_000).toISOString() };
    for (const event of decision.events) {
      history.push({ event, ...facts });
      state = evolve(state, { event, ...facts });
    }
  }
  return history;
}

function accountCreated(n: number): LedgerEvent {
  return {
    type: 'AccountCreated',
    data: {
      accountId: `account-${n}`,
      displayName: `Account ${n}`,
      kind: 'resource',
      resourceType: 'call-queue',
    },
  };
}

const historyAndCut = commandSequence
  .map(historyOf)
  .chain((history) => fc.tuple(fc.constant(history), fc.nat({ max: history.length })));

describe('tenant state codec (snapshots of as-of replays)', () => {
  it('decodes what it encoded: the same entries in the same order, the same lookups', async () => {
    await fc.assert(
      fc.asyncProperty(historyAndCut, async ([history, cut]) => {
        const state = evolveAll(history.slice(0, cut), initialTenantState());
        const decoded = await decodeTenantState(encodeTenantState(state));
        expect(observableState(decoded)).toEqual(observableState(state));
        for (const [accountId, account] of state.accounts)
          expect(decoded.accounts.get(accountId)).toEqual(account);
        expect(decoded.accounts.size).toBe(state.accounts.size);
      }),
      { numRuns: 60 },
    );
  });

  it('a decoded state evolves exactly as the original: folding on from a snapshot equals the whole fold', async () => {
    await fc.assert(
      fc.asyncProperty(historyAndCut, async ([history, cut]) => {
        const snapshot = encodeTenantState(evolveAll(history.slice(0, cut), initialTenantState()));
        const resumed = evolveAll(history.slice(cut), await decodeTenantState(snapshot));
        const whole = evolveAll(history, initialTenantState());
        // Insertion order included: a key deleted and set again after the cut must go last in both.
        expect(observableState(resumed)).toEqual(observableState(whole));
      }),
      { numRuns: 60 },
    );
  });

  it('refuses text that is not a snapshot of this format, rather than guessing a state', async () => {
    const [header = '', ...chunks] = encodeTenantState(
      evolveAll(
        [{ event: accountCreated(0), activityId: 'a', occurredAt: new Date(START).toISOString() }],
        initialTenantState(),
      ),
    ).split('\n');
    const valid = JSON.parse(header) as Record<string, unknown>;
    for (const text of [
      'not json',
      'null',
      JSON.stringify({ ...valid, format: 0 }),
      JSON.stringify({ ...valid, format: 1, accounts: [] }),
      JSON.stringify({ ...valid, seats: null }),
      [header, '["nonsense", []]'].join('\n'),
      [header, '{"accounts": []}'].join('\n'),
      [header, ...chunks, 'not json'].join('\n'),
    ]) {
      await expect(decodeTenantState(text)).rejects.toThrow(UnreadableSnapshotError);
    }
  });

  it('decodes a large state chunk by chunk, letting the event loop turn between chunks', async () => {
    const created = Array.from({ length: 3000 }, (_, n) => ({
      event: accountCreated(n),
      activityId: `a-${n}`,
      occurredAt: new Date(START + n).toISOString(),
    }));
    const state = evolveAll(created, initialTenantState());
    const text = encodeTenantState(state);
    const loop = countLoopTurns();
    const decoded = await decodeTenantState(text);
    expect(loop.stop()).toBeGreaterThanOrEqual(3);
    expect(observableState(decoded)).toEqual(observableState(state));
  });
});
