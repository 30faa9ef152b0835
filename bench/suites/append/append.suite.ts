import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { EmbeddedEventStore, type EventToAppend, type JsonObject } from '@ledger/event-store';
import { SCHEMA_VERSIONS, tenantStreamName } from '@ledger/licensing';
import { CompactJson } from '../../../libs/event-store/src/embedded/compact-json';
import { Dictionary } from '../../../libs/event-store/src/embedded/dictionary';
import { compactIdOf } from '../../../libs/event-store/src/embedded/compact-id';
import type { BenchOptions } from '../../support/options';
import { log } from '../../support/quiet';
import type { ResultRow } from '../../support/report';
import { formatNumber, formatPercent, medianRun, msSince } from '../../support/stats';
import { benchTempDir, removeTempDir } from '../../support/temp-dir';

const TENANTS = 1000;

/** One licence activity as the command handler writes it: 1–2 events, the full SPEC §2 metadata. */
function activity(index: number): { readonly stream: string; readonly events: EventToAppend[] } {
  const tenantId = `t${index % TENANTS}`;
  const metadata: JsonObject = {
    tenantId,
    activityId: randomUUID(),
    commandId: randomUUID(),
    actor: `admin@${tenantId}`,
    correlationId: randomUUID(),
    occurredAt: new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString(),
    // Every type written here (accounts, assignments, swaps) is at version 1.
    schemaVersion: SCHEMA_VERSIONS.AccountCreated,
  };
  const accountId = `ra-${Math.floor(index / TENANTS)}`;
  const events: EventToAppend[] =
    index % 3 === 0
      ? [
          {
            id: randomUUID(),
            type: 'AccountCreated',
            data: {
              accountId,
              displayName: `Queue ${accountId}`,
              kind: 'resource',
              resourceType: 'call-queue',
            },
            metadata,
          },
          {
            id: randomUUID(),
            type: 'LicenseAssigned',
            data: { accountId, sku: 'PHONE_SYSTEM_VIRTUAL_USER' },
            metadata,
          },
        ]
      : [
          {
            id: randomUUID(),
            type: 'LicenseSwapped',
            data: { accountId, fromSku: 'PHONE_SYSTEM', toSku: 'PHONE_SYSTEM_VIRTUAL_USER' },
            metadata,
          },
        ];
  return { stream: tenantStreamName(tenantId), events };
}

interface Measured {
  readonly events: number;
  readonly ms: number;
}

/** Through the port: `concurrency` writers, each appending its own tenants' activities one after another. */
async function throughStore(
  file: string,
  activities: readonly ReturnType<typeof activity>[],
  concurrency: number,
): Promise<Measured> {
  const store = EmbeddedEventStore.open(file);
  try {
    const revisions = new Map<string, bigint>();
    let next = 0;
    let events = 0;
    const writer = async (): Promise<void> => {
      while (next < activities.length) {
        const { stream, events: batch } = activities[next++];
        const result = await store.append(stream, batch, revisions.get(stream) ?? 'no-stream');
        revisions.set(stream, result.nextExpectedRevision);
        events += batch.length;
      }
    };
    const start = process.hrtime.bigint();
    await Promise.all(Array.from({ length: concurrency }, writer));
    return { events, ms: msSince(start) };
  } finally {
    await store.close();
  }
}

/**
 * The storage ceiling: the same rows, pre-serialised, inserted with plain prepared statements
 * into the same schema with the same pragmas (WAL, synchronous=FULL), `perTransaction`
 * activities per transaction, plus the stream-head upsert the schema needs.
 */
async function rawInserts(
  file: string,
  activities: readonly ReturnType<typeof activity>[],
  perTransaction: number,
): Promise<Measured> {
  // The store creates the schema, so the raw inserts hit exactly the same tables and indexes.
  await EmbeddedEventStore.open(file).close();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('cache_size = -65536');
  const insert = db.prepare(
    'INSERT INTO events (stream_id, revision, event_id, type_id, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const newStream = db.prepare('INSERT INTO streams (stream_name, revision, position) VALUES (?, -1, 0)');
  const head = db.prepare('UPDATE streams SET revision = ?, position = ? WHERE id = ?');
  // Encoded before the clock starts, as the store's encoding is part of what the ceiling leaves out.
  const dictionary = new Dictionary(db);
  const json = new CompactJson(dictionary);
  const rows = activities.map(({ stream, events }) => ({
    stream,
    events: events.map(
      (event) =>
        [
          compactIdOf(event.id),
          dictionary.idOf(event.type),
          json.encode(event.data),
          json.encode(event.metadata),
        ] as const,
    ),
  }));
  const streams = new Map<string, { id: number | bigint; revision: number }>();
  const write = db.transaction((slice: typeof rows) => {
    for (const { stream, events } of slice) {
      const known = streams.get(stream) ?? { id: newStream.run(stream).lastInsertRowid, revision: -1 };
      let revision = known.revision;
      let position: number | bigint = 0;
      for (const [id, type, data, metadata] of events) {
        revision += 1;
        position = insert.run(known.id, revision, id, type, data, metadata, Date.now()).lastInsertRowid;
      }
      head.run(revision, position, known.id);
      streams.set(stream, { id: known.id, revision });
    }
  });
  let events = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < rows.length; i += perTransaction) {
    const slice = rows.slice(i, i + perTransaction);
    write.immediate(slice);
    for (const row of slice) events += row.events.length;
  }
  const ms = msSince(start);
  db.close();
  return { events, ms };
}

const perSecond = (measured: Measured): number => (measured.events / measured.ms) * 1000;

export async function appendSuite(options: BenchOptions): Promise<{ rows: ResultRow[]; notes: string[] }> {
  const { activities: count, concurrency } = options.append;
  const activities = Array.from({ length: count }, (_, i) => activity(i));
  const measureOnce = async (
    label: string,
    work: (file: string) => Promise<Measured> | Measured,
  ): Promise<Measured> => {
    const dir = benchTempDir('append');
    try {
      const measured = await work(path.join(dir, 'ledger.sqlite'));
      log(`  append ${label}: ${formatNumber(perSecond(measured))} events/s`);
      return measured;
    } finally {
      removeTempDir(dir);
    }
  };

  const sequential = await medianRun(
    options.repeat,
    async () => ({
      store: await measureOnce('store, 1 in flight', (file) => throughStore(file, activities, 1)),
      raw: await measureOnce('raw, 1 activity per transaction', (file) => rawInserts(file, activities, 1)),
    }),
    (pair) => perSecond(pair.store) / perSecond(pair.raw),
  );
  const concurrent = await medianRun(
    options.repeat,
    async () => ({
      store: await measureOnce(`store, ${concurrency} in flight`, (file) =>
        throughStore(file, activities, concurrency),
      ),
      raw: await measureOnce(`raw, ${concurrency} activities per transaction`, (file) =>
        rawInserts(file, activities, concurrency),
      ),
    }),
    (pair) => perSecond(pair.store) / perSecond(pair.raw),
  );

  const row = (figure: string, pair: { store: Measured; raw: Measured }, ceiling: string): ResultRow => ({
    figure,
    value: `${formatNumber(perSecond(pair.store))} events/s`,
    ceiling: `${formatNumber(perSecond(pair.raw))} events/s ${ceiling}`,
    ratio: formatPercent(perSecond(pair.store) / perSecond(pair.raw)),
    target: '',
    met: null,
  });
  return {
    rows: [
      row(
        'append through the store, 1 append in flight',
        sequential.result,
        'raw better-sqlite3, 1 activity per transaction',
      ),
      row(
        `append through the store, ${concurrency} appends in flight (different tenants)`,
        concurrent.result,
        `raw better-sqlite3, ${concurrency} activities per transaction`,
      ),
    ],
    notes: [
      `append: ${formatNumber(count)} activities (1–2 events, ~${formatNumber(activities.reduce((n, a) => n + a.events.length, 0))} events) over ${TENANTS} tenant streams, durable (WAL, synchronous=FULL), median of ${options.repeat} by ratio`,
    ],
  };
}
