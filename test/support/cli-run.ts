import { Writable } from 'node:stream';
import { runCli } from '../../apps/ledger-cli/src/cli';

/** What one command line answered: its exit code and everything it wrote. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function collector(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/**
 * Runs the CLI in this process, as `npm run cli -- ...args` would, with only the environment
 * given: its event loop is the test's, so a command runs while an app of the test serves requests.
 */
export async function runCliInProcess(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  now?: () => Date,
): Promise<CliRun> {
  const stdout = collector();
  const stderr = collector();
  const code = await runCli(args, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    env,
    ...(now === undefined ? {} : { now }),
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
