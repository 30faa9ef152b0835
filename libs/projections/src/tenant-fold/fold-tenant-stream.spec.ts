import fc from 'fast-check';
import { commandSequence } from '@ledger/licensing/testing/command-arbitraries';
import { countLoopTurns } from '../testing/loop-turns';
import {
  CountingStore,
  LONG_HISTORY_ACCOUNT,
  numberOfEvent,
  observableState,
  START,
  writeLedger,
  writeLongHistory,
} from '../testing/ledger-writer';
import { givenATemporaryStore } from '../testing/temporary-store';
import { foldTenantStream, unfoldedTenant } from './fold-tenant-stream';

const at = (second: number) => new Date(START + second * 1000).toISOString();

describe('the fold of a tenant stream', () => {
  const temporary = givenATemporaryStore('ledger-fold-');

  it('from the start equals the state the domain decided, for random commands', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commandSequence, { minLength: 1, maxLength: 3 }), async (tenants) => {
        const { states } = await writeLedger(temporary.store, tenants);
        for (const [tenantId, state] of states) {
          const folded = await foldTenantStream(temporary.store, tenantId, unfoldedTenant());
          expect(observableState(folded.state)).toEqual(observableState(state));
        }
      }),
      { numRuns: 10 },
    );
  });

  it('goes on from a folded state, through a revision, reading only the events after it', async () => {
    await writeLongHistory(temporary.store, 'long', 600);
    const counting = new CountingStore(temporary.store);
    const first = await foldTenantStream(counting, 'long', unfoldedTenant(), { throughRevision: 299n });
    expect(first.revision).toBe(299n);
    expect(first.state.accounts.get(LONG_HISTORY_ACCOUNT)?.phoneNumber).toBe(numberOfEvent(299));
    expect(counting.eventsRead).toBe(300);

    const rest = await foldTenantStream(counting, 'long', first);
    expect(rest.revision).toBe(599n);
    expect(rest.reachedAt).toBe(at(599));
    expect(counting.eventsRead).toBe(600);
  });

  it('until an instant, stops before the first event that occurred after it', async () => {
    // Event n occurred at second n: the fold to second 41.5 ends with event 41.
    await writeLongHistory(temporary.store, 'long', 100);
    const folded = await foldTenantStream(temporary.store, 'long', unfoldedTenant(), {
      until: new Date(START + 41_500).toISOString(),
    });
    expect(folded.revision).toBe(41n);
    expect(folded.state.accounts.get(LONG_HISTORY_ACCOUNT)?.phoneNumber).toBe(numberOfEvent(41));
  });

  it('reads past a skipped event without folding it', async () => {
    await writeLongHistory(temporary.store, 'long', 3);
    const folded = await foldTenantStream(temporary.store, 'long', unfoldedTenant(), {
      isSkipped: (recorded) => recorded.revision === 2n,
    });
    expect(folded.revision).toBe(2n);
    expect(folded.state.accounts.get(LONG_HISTORY_ACCOUNT)?.phoneNumber).toBe(numberOfEvent(1));
  });

  it('lets the event loop turn while it folds a long stream', async () => {
    await writeLongHistory(temporary.store, 'long', 3000);
    const loop = countLoopTurns();
    const folded = await foldTenantStream(temporary.store, 'long', unfoldedTenant());
    expect(folded.revision).toBe(2999n);
    expect(loop.stop()).toBeGreaterThanOrEqual(3);
  }, 60_000);
});
