import * as path from 'node:path';
import {
  EmbeddedEventStore,
  EventStoreDbEventStore,
  type EventToAppend,
  type RecordedEvent,
} from '@ledger/event-store';
import { TENANT_STREAM_PREFIX } from '@ledger/licensing';
import { PROJECTIONS_FILE } from '@ledger/runtime';
import type { LedgerFixture } from '../../fixtures/ledger-fixture';
import { runChild, startChild } from '../../support/child';
import type { BenchOptions } from '../../support/options';
import { log } from '../../support/quiet';
import type { ResultRow } from '../../support/report';
import { formatNumber, formatPercent } from '../../support/stats';
import { benchTempDir } from '../../support/temp-dir';
import type { RebuildInput, RebuildOutput } from './rebuild.worker';

const SERVER = path.join(__dirname, '../../support/eventstoredb-server.worker.ts');
const REBUILD = path.join(__dirname, 'rebuild.worker.ts');
/** Appends in flight while the server is loaded (different streams; one stream's stay in order). */
const LOADERS = 32;

const perSecond = (measured: { events: number; ms: number }): number =>
  (measured.events / measured.ms) * 1000;


/** The fixture's first `count` tenant events, appended to the server activity by activity, as the service appended them. */
async function load(fixture: LedgerFixture, url: string, count: number): Promise<number> {
  const source = EmbeddedEventStore.open(fixture.storeFile);
  const target = new EventStoreDbEventStore({ connectionString: url });
  const streams = new Map<string, Promise<unknown>>();
  const inFlight = new Set<Promise<unknown>>();
  let events = 0;
  let activity: RecordedEvent[] = [];
  const append = async (batch: RecordedEvent[]): Promise<void> => {
    const streamName = batch[0].streamName;
    const toAppend: EventToAppend[] = batch.map(({ id, type, data, metadata }) => ({
      id,
      type,
      data,
      metadata,
    }));
    const appended = (streams.get(streamName) ?? Promise.resolve()).then(() =>
      target.append(streamName, toAppend, 'any'),
    );
    streams.set(streamName, appended);
    inFlight.add(appended);
    void appended.finally(() => inFlight.delete(appended));
    if (inFlight.size >= LOADERS) await Promise.race(inFlight);
  };
  try {
    for await (const recorded of source.readAll({
      filter: { streamPrefix: TENANT_STREAM_PREFIX },
      maxCount: count,
    })) {
      const previous = activity[0];
      if (
        previous !== undefined &&
        (previous.streamName !== recorded.streamName ||
          previous.metadata.activityId !== recorded.metadata.activityId)
      ) {
        await append(activity);
        activity = [];
      }
      activity.push(recorded);
      events += 1;
    }
    if (activity.length > 0) await append(activity);
    await Promise.all(inFlight);
    return events;
  } finally {
    await source.close();
    await target.close();
  }
}

function onServer(
  url: string,
  projectionsFile: string,
  readOnly: boolean,
): Promise<RebuildOutput> {
  return runChild<RebuildInput, RebuildOutput>(REBUILD, {
    storeFile: null,
    eventStoreUrl: url,
    projectionsFile,
    readOnly,
  });
}

/**
 * ENGINEERING.md "one port, two adapters": the replay through the EventStoreDB adapter, against
 * the in-memory gRPC test server (test/eventstoredb-test-server) in a process of its own. It
 * measures the adapter and gRPC, never an EventStoreDB server: the ceiling is the same adapter
 * reading the same events and doing nothing else. The size is the fixture's first
 * `--esdb-events` events (default 20,000), not the 1,000,000 of the embedded rows: the test server
 * can only be loaded through gRPC appends, activity by activity (20,000 events took 147 s on the
 * loaded bench machine, so 1,000,000 would take hours), and it keeps every event as objects in
 * one process.
 */
export async function eventStoreDbReplayRows(
  options: BenchOptions,
  fixture: LedgerFixture,
): Promise<{ rows: ResultRow[]; notes: string[] }> {
  const server = await startChild<object, { url: string }>(SERVER, {});
  try {
    const loadStarted = performance.now();
    const events = await load(fixture, server.value.url, options.replay.eventStoreDbEvents);
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    log(
      `  replay on EventStoreDB: ${formatNumber(events)} events loaded into the test server in ${loadSeconds.toFixed(0)} s`,
    );
    const projectionsFile = path.join(benchTempDir('esdb-replay'), PROJECTIONS_FILE);
    const read = await onServer(server.value.url, projectionsFile, true);
    const rebuilt = await onServer(server.value.url, projectionsFile, false);
    const label =
      'EventStoreDB adapter on the in-memory gRPC test server (measures the adapter and gRPC, not a server)';
    return {
      rows: [
        {
          figure: `replay, ${label}: rebuild from ${formatNumber(rebuilt.events)} events`,
          value: `${formatNumber(perSecond(rebuilt))} events/s (${(rebuilt.ms / 1000).toFixed(1)} s)`,
          ceiling: `${formatNumber(perSecond(read))} events/s the same events read through the adapter alone`,
          ratio: formatPercent(perSecond(rebuilt) / perSecond(read)),
          target: '—',
          met: null,
        },
      ],
      notes: [
        `replay on EventStoreDB: the fixture's first ${formatNumber(events)} events appended to the test server over gRPC ` +
          `(${LOADERS} appends in flight) in ${loadSeconds.toFixed(0)} s; one run each; peak RSS of the rebuild process ` +
          `${formatNumber(rebuilt.peakRssMiB)} MiB`,
      ],
    };
  } finally {
    await server.stop();
  }
}
