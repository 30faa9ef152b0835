import { COMMAND_CATALOGUE, commandNamed } from './command-catalogue';

describe('commandNamed: the one command a command line builds (issue 17: start time)', () => {
  it.each([
    [['purchase', 't1', '--sku', 'E5'], 'purchase'],
    [['--api', 'http://x', '--token', 'jwt', 'history', 't1'], 'history'],
    [['--data-dir', 'history', 'report', 'quota'], 'report'],
    [['--quiet', '--actor', 'ops', 'account', 'create'], 'account'],
    [['--help'], undefined],
    [[], undefined],
  ])('%j names %s', (argv, name) => {
    expect(commandNamed(argv)).toBe(name);
  });

  it('every command of the catalogue builds, under its own name', async () => {
    const io = { stdout: process.stdout, stderr: process.stderr, env: {} };
    for (const entry of COMMAND_CATALOGUE) expect((await entry.build(io)).name()).toBe(entry.name);
  });
});
