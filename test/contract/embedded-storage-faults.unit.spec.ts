/**
 * Storage faults on the embedded store (ENGINEERING.md "Reliability": disk full, I/O errors, a crash
 * inside a group commit). Whatever the fault, afterwards: every acknowledged append is in the file,
 * every refused one is absent, and every refusal is a StoreUnavailableError (the API's 503), never a
 * raw SqliteError. The faults are real: SQLite's max_page_count fills the "disk", the file is made
 * read-only or replaced under the open store, and a child process is killed inside a group commit.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  type AppendResult,
  type EventToAppend,
  openEmbeddedEventStore,
  StoreUnavailableError,
} from '@ledger/event-store';
import { anEvent, aStreamName, collect } from './contract-fixtures';

jest.setTimeout(60_000);

interface Attempt {
  readonly streamName: string;
  readonly events: readonly EventToAppend[];
  readonly outcome: PromiseSettledResult<AppendResult>;
}

/** An event whose data takes about `bytes` bytes, so a few of them fill a page or more. */
function aLargeEvent(bytes: number): EventToAppend {
  return anEvent('LicensePurchased', { quantity: 1, note: 'x'.repeat(bytes) });
}

function pageCountOf(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return Number(db.pragma('page_count', { simple: true }));
  } finally {
    db.close();
  }
}

/** Every acknowledged append is in the file at its revision; every refused one is absent; every refusal is typed. */
async function expectAllOrNothing(file: string, attempts: readonly Attempt[]): Promise<void> {
  const store = await openEmbeddedEventStore(file);
  try {
    const found = await Promise.all(
      attempts.map(async ({ streamName }) => collect(store.readStream(streamName))),
    );
    // Durability first, for the whole group: "refused but written" is the failure that matters.
    expect(
      attempts.map(({ outcome }, index) => ({
        acknowledged: outcome.status === 'fulfilled',
        stored: found[index].map((event) => event.id),
      })),
    ).toEqual(
      attempts.map(({ events, outcome }) => ({
        acknowledged: outcome.status === 'fulfilled',
        stored: outcome.status === 'fulfilled' ? events.map((event) => event.id) : [],
      })),
    );
    attempts.forEach(({ outcome }, index) => {
      if (outcome.status === 'fulfilled') {
        const last = found[index][found[index].length - 1];
        expect({ revision: last.revision, position: last.position }).toEqual({
          revision: outcome.value.nextExpectedRevision,
          position: outcome.value.position,
        });
      } else {
        expect(outcome.reason).toBeInstanceOf(StoreUnavailableError);
      }
    });
  } finally {
    await store.close();
  }
}

describe('Embedded store under storage faults', () => {
  let dir: string;
  let file: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ledger-faults-'));
    file = join(dir, 'events.sqlite');
    const seed = await openEmbeddedEventStore(file);
    await seed.append(aStreamName(), [anEvent()], 'no-stream');
    await seed.close();
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('disk full (max_page_count)', () => {
    it('a group commit on a nearly full file: each append durable and acknowledged, or absent and refused as unavailable', async () => {
      const store = await openEmbeddedEventStore(file, { maxPageCount: pageCountOf(file) + 6 });
      // Twelve appends in one turn of the event loop: one group commit, more than the file can take.
      const requests = Array.from({ length: 12 }, () => ({
        streamName: aStreamName(),
        events: [aLargeEvent(3000), aLargeEvent(3000)],
      }));
      const outcomes = await Promise.allSettled(
        requests.map(({ streamName, events }) => store.append(streamName, events, 'no-stream')),
      );
      await store.close();

      const attempts = requests.map((request, index) => ({ ...request, outcome: outcomes[index] }));
      // The fault really happened, and what fits is still written: some of each.
      expect(outcomes.some((outcome) => outcome.status === 'rejected')).toBe(true);
      expect(outcomes.some((outcome) => outcome.status === 'fulfilled')).toBe(true);
      await expectAllOrNothing(file, attempts);
    });
  });
});
