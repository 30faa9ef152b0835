import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EMBEDDED_STORE_FILE, KEYRING_FILE } from '@ledger/runtime';
import type { LedgerAppOptions } from '../../../apps/ledger-api/src/app.module';
import { LedgerTestApp } from '../../support/ledger-test-app';

/**
 * Two API instances on one log, as behind a load balancer: each has its own write-model cache
 * and its own projections, and they share the embedded store's file and the keyring of personal-data
 * keys (the second data dir links to the first one's; SQLite follows the link, so both use one
 * file, one WAL and one lock).
 * Races between them are real optimistic-concurrency races, decided again on fresh state.
 */
export class TwoInstances {
  private constructor(
    readonly first: LedgerTestApp,
    readonly second: LedgerTestApp,
  ) {}

  static async start(
    env: Record<string, string> = {},
    options: LedgerAppOptions = {},
  ): Promise<TwoInstances> {
    const first = await LedgerTestApp.start(env, undefined, options);
    const secondDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-second-'));
    for (const file of [EMBEDDED_STORE_FILE, KEYRING_FILE]) {
      fs.symlinkSync(path.join(first.dataDir, file), path.join(secondDir, file));
    }
    const second = await LedgerTestApp.start(env, secondDir, options);
    return new TwoInstances(first, second);
  }

  /** The instance for the n-th request: alternating, so parallel requests race across both. */
  pick(index: number): LedgerTestApp {
    return index % 2 === 0 ? this.first : this.second;
  }

  async close(): Promise<void> {
    await this.second.close();
    await this.first.close();
  }
}
