import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { EventStore } from '@ledger/event-store';
import { KEYRING_FILE } from '@ledger/runtime';
import type { LedgerAppOptions } from '../../../apps/ledger-api/src/app.module';
import { startEventStoreDbTestServer } from '../../eventstoredb-test-server';
import { LedgerTestApp } from '../../support/ledger-test-app';
import { TwoInstances } from './two-instances';

export type SharedLog = 'embedded' | 'eventstoredb';

/**
 * Two API instances behind one load balancer, on one log: each with its own write-model cache and
 * its own projections. `embedded`: two apps on one SQLite file (TwoInstances). `eventstoredb`: two
 * apps pointed at one in-memory EventStoreDB test server over gRPC, the production topology, and
 * one keyring file.
 */
export interface InstancePair {
  readonly log: SharedLog;
  readonly instances: readonly [LedgerTestApp, LedgerTestApp];
  /** The log itself, read through the first instance's adapter (both adapters read the same log). */
  readonly store: EventStore;
  close(): Promise<void>;
}

export async function startInstancePair(
  log: SharedLog,
  env: Record<string, string>,
  /** Both instances' options, e.g. one pinned clock. */
  options: LedgerAppOptions = {},
): Promise<InstancePair> {
  if (log === 'embedded') {
    const pair = await TwoInstances.start(env, options);
    return {
      log,
      instances: [pair.first, pair.second],
      store: pair.first.store,
      close: () => pair.close(),
    };
  }
  const server = await startEventStoreDbTestServer();
  // One keyring of personal-data keys for both, as every instance on one log must share.
  const keyringDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-keyring-'));
  const shared = {
    LEDGER_EVENTSTORE_URL: server.url,
    LEDGER_KEYRING_FILE: path.join(keyringDir, KEYRING_FILE),
  };
  // `null`: the apps do not own the server (closing one must not stop the other's log).
  const start = () => LedgerTestApp.start({ ...env, ...shared }, undefined, options, null);
  const first = await start();
  const second = await start();
  return {
    log,
    instances: [first, second],
    store: first.store,
    close: async () => {
      await second.close();
      await first.close();
      await server.stop();
      fs.rmSync(keyringDir, { recursive: true, force: true });
    },
  };
}
