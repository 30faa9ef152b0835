import { randomInt } from 'node:crypto';
import * as fs from 'node:fs';

/**
 * Quick vs full: `npm test` runs every hardening test with small counts; `npm run test:soak`
 * sets LEDGER_SOAK=1 and runs them with the counts the issue asks for (≥ 10,000 hostile
 * requests, ≥ 20 kills).
 */
export const SOAK = process.env.LEDGER_SOAK === '1';

export function bySoak<T>(quick: T, full: T): T {
  return SOAK ? full : quick;
}

/** Generous for the full counts on a 2-core machine; Jest's default 5 s suits neither mode. */
export const HARDENING_TIMEOUT_MS = bySoak(120_000, 900_000);

/**
 * Prints what a hardening suite tried and saw, one line on stderr, and appends it as JSON to
 * LEDGER_HARDENING_REPORT when set: the figures of a run, for the closing note of a soak.
 */
export function reportFigures(suite: string, figures: Readonly<Record<string, number | string>>): void {
  const line = { suite, mode: SOAK ? 'soak' : 'quick', ...figures };
  process.stderr.write(
    `[hardening] ${suite} (${line.mode}): ${Object.entries(figures)
      .map(([name, value]) => `${name}=${value}`)
      .join(' ')}\n`,
  );
  const file = process.env.LEDGER_HARDENING_REPORT;
  if (file !== undefined && file !== '') fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
}

/** A failing random schedule can be replayed by its seed. */
export { seededRandom } from '@ledger/runtime';

/**
 * The seed of this run: LEDGER_HARDENING_SEED to replay one, else a fresh random one on every run
 * (quick and soak alike), so each CI run explores new inputs. Printed at once, before any test can
 * fail or hang, with the command that replays it.
 */
export function runSeed(suite: string): number {
  const given = process.env.LEDGER_HARDENING_SEED;
  let seed: number;
  if (given === undefined || given === '') {
    seed = randomInt(1, 2_147_483_647);
  } else {
    seed = Number(given);
    // A typo must not silently run another seed than the one being replayed.
    if (!Number.isInteger(seed) || seed < 1 || seed >= 2_147_483_647)
      throw new Error(`LEDGER_HARDENING_SEED must be an integer from 1 to 2147483646, got "${given}"`);
  }
  process.stderr.write(
    `[hardening] ${suite}: seed=${seed} (${given === undefined || given === '' ? 'fresh' : 'given'}); replay with ` +
      `LEDGER_HARDENING_SEED=${seed} npx jest test/hardening/${suite}\n`,
  );
  return seed;
}
