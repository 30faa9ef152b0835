import 'reflect-metadata';
import { LedgerProjections } from '@ledger/projections';
import { parseLedgerConfig } from '@ledger/runtime';
import { createLedgerApp } from '../../../apps/ledger-api/src/app.factory';
import { TenantWriteModelCache } from '@ledger/runtime';
import { serveChild } from '../../support/child';
import { quietly } from '../../support/quiet';

export interface MemoryInput {
  readonly env: NodeJS.ProcessEnv;
  /** Tenants whose write model is loaded; empty for the baseline (the API on an empty store). */
  readonly tenantIds: readonly string[];
  /** Global position the projections must reach before measuring. */
  readonly head: number;
}

export interface MemoryOutput {
  readonly rssMiB: number;
  readonly heapUsedMiB: number;
  readonly loadSeconds: number;
  /**
   * Where the memory is, measured in steps (after forced GCs each): the JS heap once the read side
   * has caught up (its tenant views cache filled), then again once every write model is folded;
   * and outside the heap, what V8 knows of (`external`: buffers) and the rest of the RSS (SQLite's
   * page caches and native allocations, code, the heap's own unused pages).
   */
  readonly breakdown: {
    readonly heapAfterInitMiB: number;
    readonly heapAfterReadSideMiB: number;
    readonly externalMiB: number;
  };
}

const MiB = 2 ** 20;

function settle(): void {
  // --expose-gc is passed by the suite: measure what stays, not what is waiting to be collected.
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i += 1) gc?.();
}

/**
 * The API in its own process (so the bench's own data does not count), with every tenant's state
 * loaded the way requests load it: the read side caught up (its tenant cache holds each tenant's
 * state) and each tenant's write model folded from its stream, as a first command would.
 */
serveChild<MemoryInput, MemoryOutput>(async ({ env, tenantIds, head }) => {
  const app = await quietly(() => createLedgerApp(parseLedgerConfig(env)));
  await app.init();
  settle();
  const heapAfterInitMiB = process.memoryUsage().heapUsed / MiB;
  const started = Date.now();
  const runner = app.get(LedgerProjections).runner;
  // 100,000 tenants need a log of about 3 million events (the demo writes at least ~30 per tenant):
  // the wait grows with the log, at a floor of 2,000 events/s (a loaded 2-core machine), never under 10 minutes.
  const limitMs = Math.max(600_000, (head / 2_000) * 1000);
  while (!(await runner.waitFor(BigInt(head), 60_000))) {
    if (Date.now() - started > limitMs) {
      throw new Error(
        `projections did not catch up ${head} events in ${Math.round(limitMs / 60_000)} minutes`,
      );
    }
  }
  const loadingStarted = Date.now();
  settle();
  const heapAfterReadSideMiB = process.memoryUsage().heapUsed / MiB;
  const paused = Date.now() - loadingStarted;
  const models = app.get(TenantWriteModelCache);
  for (const tenantId of tenantIds) await models.withCaughtUpModel(tenantId, () => undefined);
  const loadSeconds = (Date.now() - started - paused) / 1000;
  settle();
  const usage = process.memoryUsage();
  await app.close();
  return {
    rssMiB: usage.rss / MiB,
    heapUsedMiB: usage.heapUsed / MiB,
    loadSeconds,
    breakdown: { heapAfterInitMiB, heapAfterReadSideMiB, externalMiB: usage.external / MiB },
  };
});
