/**
 * Storage faults on the embedded store (ENGINEERING.md "Reliability": disk full, I/O errors, a crash
 * inside a group commit). Whatever the fault, afterwards: every acknowledged append is in the file,
 * every refused one is absent, and every refusal is a StoreUnavailableError (the API's 503), never a
 * raw SqliteError. The faults are real, not mocked:
 * - disk full: SQLite's max_page_count caps the file (SQLITE_FULL mid-group);
 * - I/O errors: a writer process runs under a file-size limit (`ulimit -f`, SIGXFSZ ignored), so the
 *   kernel fails its writes with EFBIG and SQLite reports SQLITE_IOERR_WRITE ("disk I/O error");
 * - a crash: a writer process doing group commits is killed with SIGKILL, then the file is reopened.
 * (Removing or replacing the file under an open store was tried too: in WAL mode SQLite keeps
 * writing to the unlinked inode without an error, so it provokes nothing to test here.)
 * Quick in `npm test`; LEDGER_SOAK=1 kills the writer more often and with larger groups.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { bySoak, reportFigures, runSeed, seededRandom } from '../../../../test/hardening/support/soak';
import { anEvent, aStreamName, collect } from '../contract/contract-fixtures';
import { StoreUnavailableError } from '../errors';
import type { AppendResult } from '../event-store';
import type { EventToAppend } from '../events';
import { EmbeddedEventStore } from './embedded-event-store';

jest.setTimeout(bySoak(60_000, 600_000));

const WRITER = join(__dirname, 'testing', 'fault-writer.ts');
const REPOSITORY = join(__dirname, '..', '..', '..', '..');

interface Attempt {
  readonly streamName: string;
  readonly events: readonly EventToAppend[];
  readonly outcome: PromiseSettledResult<AppendResult>;
}

/** A line the writer printed (testing/fault-writer.ts). */
type WriterLine =
  | { kind: 'wave'; wave: number }
  | { kind: 'ack'; streamName: string; ids: string[]; revision: string; position: string }
  | { kind: 'refused'; streamName: string; error: string; message: string };

interface Writer {
  readonly child: ChildProcess;
  readonly lines: WriterLine[];
  readonly exited: Promise<number | null>;
  /** Resolves once the writer announced wave `wave` (or ended). */
  started(wave: number): Promise<void>;
}

function startWriter(
  file: string,
  plan: { waves: number; perWave: number; bytes: number; prefix: string },
  fileSizeLimitKiB?: number,
): Writer {
  const node = [process.execPath, '-r', '@swc-node/register', WRITER, file];
  const args = [String(plan.waves), String(plan.perWave), String(plan.bytes), plan.prefix];
  // A real limit from the kernel: writes past it fail with EFBIG once SIGXFSZ is ignored.
  const child =
    fileSizeLimitKiB === undefined
      ? spawn(node[0], [...node.slice(1), ...args], { cwd: REPOSITORY, stdio: ['ignore', 'pipe', 'inherit'] })
      : spawn(
          'bash',
          ['-c', `trap '' XFSZ; ulimit -f ${fileSizeLimitKiB}; exec "$@"`, 'bash', ...node, ...args],
          {
            cwd: REPOSITORY,
            stdio: ['ignore', 'pipe', 'inherit'],
          },
        );
  const lines: WriterLine[] = [];
  const waiting = new Set<() => void>();
  let buffered = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const complete = buffered.split('\n');
    buffered = complete.pop() ?? '';
    for (const line of complete) if (line !== '') lines.push(JSON.parse(line) as WriterLine);
    for (const wake of [...waiting]) wake();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  void exited.then(() => {
    for (const wake of [...waiting]) wake();
  });
  let ended = false;
  void exited.then(() => (ended = true));
  return {
    child,
    lines,
    exited,
    started: (wave) =>
      new Promise<void>((resolve) => {
        const check = (): void => {
          if (lines.some((line) => line.kind === 'wave' && line.wave >= wave) || ended) {
            waiting.delete(check);
            resolve();
          }
        };
        waiting.add(check);
        check();
      }),
  };
}

function settled(lines: readonly WriterLine[]): Exclude<WriterLine, { kind: 'wave' }>[] {
  return lines.flatMap((line) => (line.kind === 'wave' ? [] : [line]));
}

/** The writer's lines as attempts: what it was told, not what it asked for. */
function attemptsOf(lines: readonly WriterLine[]): Attempt[] {
  return settled(lines).map((line) =>
    line.kind === 'ack'
      ? {
          streamName: line.streamName,
          events: line.ids.map((id) => ({ id, type: 'LicensePurchased', data: {}, metadata: {} })),
          outcome: {
            status: 'fulfilled',
            value: {
              nextExpectedRevision: BigInt(line.revision),
              position: BigInt(line.position),
              deduplicated: false,
            },
          },
        }
      : {
          streamName: line.streamName,
          events: [],
          outcome: {
            status: 'rejected',
            reason: Object.assign(new Error(line.message), { name: line.error }),
          },
        },
  );
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
  const store = EmbeddedEventStore.open(file);
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
        expect(outcome.reason).toBeInstanceOf(Error);
        // Across a process boundary only the name travels.
        expect((outcome.reason as Error).name).toBe(StoreUnavailableError.name);
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
    const seed = EmbeddedEventStore.open(file);
    await seed.append(aStreamName(), [anEvent()], 'no-stream');
    await seed.close();
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('disk full (max_page_count)', () => {
    it('a group commit on a nearly full file: each append durable and acknowledged, or absent and refused as unavailable', async () => {
      const store = EmbeddedEventStore.open(file, { maxPageCount: pageCountOf(file) + 6 });
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

  describe('I/O errors (writes past a file-size limit fail with EFBIG)', () => {
    it('every append made before the fault is durable, every refused one absent and refused as unavailable', async () => {
      const writer = startWriter(file, { waves: 6, perWave: 6, bytes: 3000, prefix: 'io-' }, 96);
      expect(await writer.exited).toBe(0);

      const refused = writer.lines.filter((line) => line.kind === 'refused');
      expect(refused.length).toBeGreaterThan(0);
      expect(writer.lines.filter((line) => line.kind === 'ack').length).toBeGreaterThan(0);
      expect(new Set(refused.map((line) => (line.kind === 'refused' ? line.message : '')))).toEqual(
        new Set(['Event store file unavailable: disk I/O error']),
      );
      await expectAllOrNothing(file, attemptsOf(writer.lines));
    });
  });

  describe('a crash (SIGKILL) while group commits are in flight', () => {
    it('after reopening: every acknowledged append durable, every append whole or absent', async () => {
      const seed = runSeed('storage-faults');
      const random = seededRandom(seed);
      const rounds = bySoak(2, 20);
      const perWave = bySoak(50, 200);
      let acknowledged = 0;
      let durableUnacknowledged = 0;
      for (let round = 0; round < rounds; round += 1) {
        const prefix = `crash-${round}-`;
        const writer = startWriter(file, { waves: 1000, perWave, bytes: 200, prefix });
        // Kill as the second to fourth group starts: its transaction is being written.
        await writer.started(1 + Math.floor(random() * 3));
        writer.child.kill('SIGKILL');
        await writer.exited;

        const acks = settled(writer.lines);
        expect(acks.filter((line) => line.kind !== 'ack')).toEqual([]);
        await expectAllOrNothing(file, attemptsOf(acks));

        // Nothing half-written: every stream the writer touched holds its whole batch of two, or nothing.
        const store = EmbeddedEventStore.open(file);
        try {
          const perStream = new Map<string, number>();
          for await (const event of store.readAll({ filter: { streamPrefix: prefix } })) {
            perStream.set(event.streamName, (perStream.get(event.streamName) ?? 0) + 1);
          }
          expect([...new Set(perStream.values())].filter((count) => count !== 2)).toEqual([]);
          acknowledged += acks.length;
          durableUnacknowledged += perStream.size - acks.length;
        } finally {
          await store.close();
        }
      }
      reportFigures('storage-faults crash', { seed, rounds, acknowledged, durableUnacknowledged });
    });
  });
});
