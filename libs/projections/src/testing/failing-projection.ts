import Database from 'better-sqlite3';
import type { LedgerProjection } from '../runner/projection';

/**
 * Test support: `projection`, whose `apply` fails on its `failOnCall`-th call after doing its work,
 * with a storage fault (not a bad event): the batch's transaction is rolled back and applied
 * again, nothing parked.
 */
export function failingOnCall(projection: LedgerProjection, failOnCall: number): LedgerProjection {
  let calls = 0;
  return {
    name: projection.name,
    prepare: (batch) => projection.prepare(batch),
    apply: (batch) => {
      calls += 1;
      projection.apply(batch);
      if (calls === failOnCall) throw new Database.SqliteError('disk I/O error', 'SQLITE_IOERR');
    },
    reset: () => projection.reset(),
    rolledBack: () => projection.rolledBack?.(),
    rebuilt: () => projection.rebuilt?.(),
  };
}
