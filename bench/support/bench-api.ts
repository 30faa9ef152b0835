import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { LedgerProjections } from '@ledger/projections';
import { parseLedgerConfig } from '@ledger/runtime';
import { createLedgerApp } from '../../apps/ledger-api/src/app.factory';
import { SubscriptionExpiry } from '../../apps/ledger-api/src/terms/subscription-expiry';
import { benchApiEnv } from './api-env';
import type { BenchOptions } from './options';
import { quietly } from './quiet';

/**
 * The API on a bench data dir, listening on a free port, its projections caught up to `head`
 * (reads wait for the projections to reach the log head; start-up catch-up must finish first),
 * and its start-up run of subscription expiries (R13) over: the demo ledger holds terms that
 * ended before today, and the service appends their SubscriptionExpired events as soon as it
 * starts, each of a tenant's first events since the demo creating its personal-data key in the
 * keyring (a synchronous fsync'd transaction). Measured reads started during that run waited
 * behind it: history p50 27 ms instead of about 1 ms (bench/PROFILE-http.md).
 */
export async function startBenchApi(
  options: BenchOptions,
  dataDir: string,
  head: bigint,
): Promise<{ app: NestFastifyApplication; url: string }> {
  const app = await quietly(() => createLedgerApp(parseLedgerConfig(benchApiEnv(options, dataDir))));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  const projections = app.get(LedgerProjections);
  const started = Date.now();
  while (!(await projections.runner.waitFor(head, 60_000))) {
    if (Date.now() - started > 600_000) throw new Error('projections did not catch up in 10 minutes');
  }
  // run() waits for the run under way, then runs once more (finding nothing left to expire).
  await app.get(SubscriptionExpiry).run();
  return { app, url: `http://127.0.0.1:${address.port}` };
}
