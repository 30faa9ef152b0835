import type { RecordedEvent } from '../events';
import { exportLinesOf } from './export-end';
import { eventsOfExport, verifyExport, type ExportBytes } from './export-reader';

const STREAM = 'licensing-tenant-zoë';

function recorded(revision: number): RecordedEvent {
  return {
    id: `00000000-0000-4000-8000-00000000000${revision}`,
    streamName: STREAM,
    revision: BigInt(revision),
    position: BigInt(100 + revision),
    type: 'AccountCreated',
    // Multi-byte characters: a chunk boundary may fall inside one.
    data: { displayName: `Zoë ${revision} — 東京` },
    metadata: { tenantId: 'zoë' },
    recordedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, revision)),
  };
}

/** The export of `events` events, as the API writes it. */
async function exportOf(events: number): Promise<string> {
  const [first, ...rest] = Array.from({ length: events }, (_, revision) => recorded(revision));
  if (first === undefined) throw new Error('an export holds at least one event');
  async function* read(): AsyncGenerator<RecordedEvent> {
    yield* rest;
  }
  let text = '';
  for await (const line of exportLinesOf(first, read())) text += line;
  return text;
}

async function eventIdsOf(bytes: ExportBytes): Promise<string[]> {
  const ids: string[] = [];
  for await (const event of eventsOfExport(bytes)) ids.push(event.id);
  return ids;
}

describe('Reading an export: every line checked, then the whole against its end line', () => {
  it('given an export cut into chunks anywhere (one byte each, through multi-byte characters), reads the same events and finds it whole', async () => {
    const bytes = Buffer.from(await exportOf(3));
    const oneByteChunks = Array.from(bytes, (byte) => Uint8Array.of(byte));
    const ids = [0, 1, 2].map((revision) => recorded(revision).id);
    expect(await eventIdsOf([bytes])).toEqual(ids);
    expect(await eventIdsOf(oneByteChunks)).toEqual(ids);
    expect(await verifyExport(() => oneByteChunks)).toMatchObject({ streamName: STREAM, events: 3 });
  });

  it('given an export that lost only the newline after its end line, finds it whole', async () => {
    const text = await exportOf(2);
    await expect(verifyExport(() => [Buffer.from(text.slice(0, -1))])).resolves.toMatchObject({ events: 2 });
  });

  it('given an end line that counts one event more than the file holds, refuses it', async () => {
    const text = await exportOf(2);
    const altered = text.replace('"events":2,', '"events":3,');
    await expect(verifyExport(() => [Buffer.from(altered)])).rejects.toThrow(
      'the export was altered: its end line counts 3 events up to revision 1, the file holds 2 events up to revision 1 — download it again',
    );
  });

  it('given only an end line, refuses it as an export without events', async () => {
    const text = await exportOf(1);
    const endLine = text.slice(text.indexOf('\n') + 1);
    await expect(verifyExport(() => [Buffer.from(endLine)])).rejects.toThrow('The export holds no event');
  });

  it('given a truncated file, yields the events it holds before refusing it: a caller must verify it whole first', async () => {
    const text = await exportOf(3);
    const twoLines = text.split('\n').slice(0, 2).join('\n') + '\n';
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const event of eventsOfExport([Buffer.from(twoLines)])) seen.push(event.id);
      })(),
    ).rejects.toThrow('the export is incomplete: no end line after 2 events — download it again');
    expect(seen).toHaveLength(2);
  });
});
