import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { LedgerProjections } from '@ledger/projections';
import { parseLedgerConfig } from '@ledger/runtime';
import { createLedgerApp } from '../../apps/ledger-api/src/app.factory';
import { benchApiEnv } from './api-env';
import type { BenchOptions } from './options';
import { quietly } from './quiet';

/**
 * The API on a bench data dir, listening on a free port, its projections caught up to `head`
 * (reads wait for the projections to reach the log head; start-up catch-up must finish first).
 */
export async function startBenchApi(
  options: BenchOptions,
  dataDir: string,
  head: bigint,
  /** Settings on top of the bench's (e.g. LEDGER_REBUILD_WORKERS). */
  env: NodeJS.ProcessEnv = {},
): Promise<{ app: NestFastifyApplication; url: string }> {
  const app = await quietly(() =>
    createLedgerApp(parseLedgerConfig({ ...benchApiEnv(options, dataDir), ...env })),
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  const projections = app.get(LedgerProjections);
  const started = Date.now();
  while (!(await projections.runner.waitFor(head, 60_000))) {
    if (Date.now() - started > 600_000) throw new Error('projections did not catch up in 10 minutes');
  }
  return { app, url: `http://127.0.0.1:${address.port}` };
}
