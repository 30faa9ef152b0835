import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const LAUNCHER = path.resolve(__dirname, '..', 'bin', 'ledger.js');
const BUILD_NOTICE = 'ledger: building the command line';

function ledger(...args: string[]) {
  const run = spawnSync(process.execPath, [LAUNCHER, ...args], { encoding: 'utf8', timeout: 170_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * Issue 17: `npx ledger` / `npm run cli` start the command line from its build; a checkout builds
 * it once, on the first call after its sources changed, never on every call.
 */
describe('the ledger launcher (bin/ledger.js)', () => {
  it('builds at most once, then answers from the build, with nothing but the answer on stdout', () => {
    // The first call builds when this checkout's build is missing or stale (as in a fresh clone).
    const first = ledger('--help');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Usage: ledger');
    expect(first.stdout).not.toContain(BUILD_NOTICE);

    const second = ledger('--help');
    expect(second).toEqual({ code: 0, stdout: first.stdout, stderr: '' });
  }, 180_000);

  it('passes the exit code of the command through (2: a bad command line)', () => {
    const run = ledger('no-such-command');
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain(BUILD_NOTICE);
  });
});
