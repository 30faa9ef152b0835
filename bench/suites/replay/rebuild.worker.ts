import { EmbeddedEventStore, EventStoreDbEventStore, type EventStore } from '@ledger/event-store';
import { LedgerProjections } from '@ledger/projections';
import { serveChild } from '../../support/child';

export interface RebuildInput {
  /** The embedded store's file, or null with `eventStoreUrl`. */
  readonly storeFile: string | null;
  /** An EventStoreDB connection string (the in-memory gRPC test server's). */
  readonly eventStoreUrl: string | null;
  readonly projectionsFile: string;
  /** Only read the log through the store, projecting nothing: the adapter's own ceiling. */
  readonly readOnly: boolean;
}

export interface RebuildOutput {
  readonly events: number;
  readonly ms: number;
  /** Peak resident set of this process (every thread), from the kernel: the whole rebuild's high-water mark. */
  readonly peakRssMiB: number;
}

function openStore({ storeFile, eventStoreUrl }: RebuildInput): EventStore {
  if (eventStoreUrl !== null) return new EventStoreDbEventStore({ connectionString: eventStoreUrl });
  if (storeFile === null) throw new Error('a store file or an EventStoreDB URL is needed');
  return EmbeddedEventStore.open(storeFile);
}

async function readEverything(store: EventStore): Promise<{ events: number; ms: number }> {
  const start = performance.now();
  let events = 0;
  for await (const _recorded of store.readAll()) events += 1;
  return { events, ms: performance.now() - start };
}

/**
 * One rebuild in a process of its own, so its peak RSS is its own (the kernel's high-water mark
 * of the process), exactly as `POST /v1/admin/projections/rebuild` does it.
 */
serveChild<RebuildInput, RebuildOutput>(async (input) => {
  const store = openStore(input);
  try {
    if (input.readOnly) {
      const read = await readEverything(store);
      return { ...read, peakRssMiB: process.resourceUsage().maxRSS / 1024 };
    }
    const projections = LedgerProjections.open(input.projectionsFile, store);
    try {
      const result = await projections.runner.rebuild();
      return { events: result.events, ms: result.ms, peakRssMiB: process.resourceUsage().maxRSS / 1024 };
    } finally {
      await projections.close();
    }
  } finally {
    await store.close();
  }
});
