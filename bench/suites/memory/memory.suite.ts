import * as path from 'node:path';
import { MAX_CACHED_VIEW_TENANTS } from '@ledger/projections';
import { MAX_CACHED_WRITE_MODELS } from '@ledger/runtime';
import type { LedgerFixture } from '../../fixtures/ledger-fixture';
import { benchApiEnv } from '../../support/api-env';
import { runChild } from '../../support/child';
import type { BenchOptions } from '../../support/options';
import { log } from '../../support/quiet';
import type { ResultRow } from '../../support/report';
import { formatNumber } from '../../support/stats';
import { benchTempDir, removeTempDir } from '../../support/temp-dir';
import type { MemoryInput, MemoryOutput } from './memory.worker';

const WORKER = path.join(__dirname, 'memory.worker.ts');

export async function memorySuite(
  options: BenchOptions,
  fixture: LedgerFixture,
): Promise<{ rows: ResultRow[]; notes: string[] }> {
  const emptyDir = benchTempDir('memory-empty');
  let empty: MemoryOutput;
  try {
    empty = await runChild<MemoryInput, MemoryOutput>(
      WORKER,
      { env: benchApiEnv(options, emptyDir), tenantIds: [], head: 0 },
      ['--expose-gc'],
    );
  } finally {
    removeTempDir(emptyDir);
  }
  const loaded = await runChild<MemoryInput, MemoryOutput>(
    WORKER,
    { env: benchApiEnv(options, fixture.dataDir), tenantIds: fixture.tenantIds, head: fixture.events },
    ['--expose-gc'],
  );
  const tenants = fixture.tenantIds.length;
  const perTenantKiB = ((loaded.rssMiB - empty.rssMiB) * 1024) / tenants;
  log(
    `  memory: ${loaded.rssMiB.toFixed(0)} MiB with ${tenants} tenants loaded, ${empty.rssMiB.toFixed(0)} MiB empty`,
  );
  return {
    rows: [
      {
        figure: `memory: RSS with ${formatNumber(tenants)} tenants' state loaded`,
        value: `${loaded.rssMiB.toFixed(0)} MiB`,
        ceiling: `${empty.rssMiB.toFixed(0)} MiB the same API on an empty store`,
        ratio: `${(loaded.rssMiB / empty.rssMiB).toFixed(1)}×, +${perTenantKiB.toFixed(1)} KiB/tenant`,
        target: '≤ 1 GiB',
        met: loaded.rssMiB <= 1024,
      },
    ],
    notes: [
      memoryBreakdown(loaded, tenants),
      `memory: write models of all ${formatNumber(tenants)} tenants folded and the read side caught up (${formatNumber(fixture.events)} events) in ${loaded.loadSeconds.toFixed(1)} s; heap used ${loaded.heapUsedMiB.toFixed(0)} MiB (empty: ${empty.heapUsedMiB.toFixed(0)} MiB); measured after 3 forced GCs`,
    ],
  };
}

/** Where the loaded API's memory is, from the worker's steps (memory.worker.ts), as one note. */
function memoryBreakdown(loaded: MemoryOutput, tenants: number): string {
  const { heapAfterInitMiB, heapAfterReadSideMiB, externalMiB } = loaded.breakdown;
  const models = Math.min(tenants, MAX_CACHED_WRITE_MODELS);
  const readSideMiB = heapAfterReadSideMiB - heapAfterInitMiB;
  const modelsMiB = loaded.heapUsedMiB - heapAfterReadSideMiB;
  const perModelKiB = models === 0 ? '—' : ((modelsMiB * 1024) / models).toFixed(1);
  const outside = loaded.rssMiB - loaded.heapUsedMiB - externalMiB;
  return (
    `memory, where it is (forced GCs before each step): JS heap ${heapAfterInitMiB.toFixed(0)} MiB after start; ` +
    `${readSideMiB >= 0 ? '+' : ''}${readSideMiB.toFixed(0)} MiB once the read side caught up (its tenant views cache holds at most ` +
    `${formatNumber(MAX_CACHED_VIEW_TENANTS)} tenants, filled as tenants are projected or read); ` +
    `+${modelsMiB.toFixed(0)} MiB once the write models were folded (${formatNumber(models)} cached, ${perModelKiB} KiB each); ` +
    `outside the heap: ${externalMiB.toFixed(0)} MiB of buffers and ${outside.toFixed(0)} MiB of the rest of the RSS ` +
    `(SQLite page caches and native allocations, code, the heap's unused pages)`
  );
}
