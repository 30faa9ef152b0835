import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EmbeddedEventStore } from '@ledger/event-store';
import { LedgerProjections } from '@ledger/projections';
import { EMBEDDED_STORE_FILE } from '@ledger/runtime';
import { DEMO_DEFAULTS, writeDemoLedger } from '../../apps/ledger-cli/src/demo';
import { LedgerTestApp } from './ledger-test-app';

/**
 * The API on the CLI's demo ledger (`ledger-cli demo`, written in-process through the store):
 * `tenants` tenants, `events` events over the 12 months before now, projections caught up before
 * the first request, so a page shows the whole estate at once.
 */
export async function startOnDemoLedger(tenants: number, events: number): Promise<LedgerTestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-demo-e2e-'));
  const store = EmbeddedEventStore.open(path.join(dataDir, EMBEDDED_STORE_FILE));
  try {
    await writeDemoLedger(store, { ...DEMO_DEFAULTS, tenants, events, until: new Date() });
  } finally {
    await store.close();
  }
  const app = await LedgerTestApp.start({}, dataDir);
  const caughtUp = await app.nest.get(LedgerProjections).runner.waitFor(await app.store.headPosition(), 300_000);
  if (!caughtUp) throw new Error(`projections did not catch up with the demo ledger of ${tenants} tenants`);
  return app;
}
