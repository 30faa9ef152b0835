import type { ResolvedEvent } from '@eventstore/db-client';
import { positionOf, toRecordedEvent } from './recorded-event';
import { comparePositions, toEventStoreDbPosition, toGlobalPosition } from './global-position';

const recorded = (position: { commit: bigint; prepare: bigint } | undefined, data: unknown = { sku: 'E5' }) =>
  ({
    event: {
      streamId: 'licensing-tenant-a',
      id: '6f1c7d0e-8a9b-4c2d-9e3f-1a2b3c4d5e6f',
      revision: 3n,
      type: 'LicenseAssigned',
      data,
      metadata: undefined,
      isJson: true,
      created: new Date('2024-01-01T00:00:00Z'),
      position,
    },
  }) as ResolvedEvent;

describe('EventStoreDB positions and events as the port sees them', () => {
  it('an event written by one append has commit == prepare: its port position is that number', () => {
    expect(toRecordedEvent(recorded({ commit: 4211n, prepare: 4211n }))).toMatchObject({
      position: 4211n,
      revision: 3n,
      data: { sku: 'E5' },
      metadata: {},
    });
    expect(toEventStoreDbPosition(4211n)).toEqual({ commit: 4211n, prepare: 4211n });
  });

  it('refuses an event of an explicit transaction (commit != prepare) rather than give it a shared position', () => {
    expect(() => toGlobalPosition({ commit: 5000n, prepare: 4800n }, 'Event x')).toThrow(/commit == prepare/);
  });

  it('orders server positions by commit, then prepare — a checkpoint (C, 0) comes before the event at (C, C)', () => {
    expect(comparePositions({ commit: 7000n, prepare: 0n }, { commit: 7000n, prepare: 7000n })).toBeLessThan(
      0,
    );
    expect(comparePositions({ commit: 6999n, prepare: 6999n }, { commit: 7000n, prepare: 0n })).toBeLessThan(
      0,
    );
  });

  it('treats the "no position" of servers before 22.10 as missing, and says which server is needed', () => {
    expect(positionOf(recorded({ commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n }))).toBeUndefined();
    expect(() => toRecordedEvent(recorded({ commit: 0n, prepare: 0n }))).toThrow(/22\.10/);
  });

  it('accepts JSON carried as bytes, refuses what is not a JSON object', () => {
    const bytes = new Uint8Array(Buffer.from('{"sku":"E5"}'));
    expect(toRecordedEvent(recorded({ commit: 1n, prepare: 1n }, bytes))?.data).toEqual({ sku: 'E5' });
    expect(() => toRecordedEvent(recorded({ commit: 1n, prepare: 1n }, [1, 2]))).toThrow(/not a JSON object/);
  });
});
