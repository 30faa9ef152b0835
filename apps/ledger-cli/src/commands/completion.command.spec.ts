import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { ALL, loadProgram, runCli } from '../cli';

/** What bash offers after `ledger <typed words>` (the last word being completed), with the generated script sourced. */
function bashCompletes(script: string, typed: readonly string[]): string[] {
  const words = ['ledger', ...typed];
  const program = `${script}
COMP_WORDS=(${words.map((word) => `'${word}'`).join(' ')})
COMP_CWORD=${words.length - 1}
_ledger_completion
printf '%s\\n' "\${COMPREPLY[@]}"`;
  const run = spawnSync('bash', ['-c', program], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.split('\n').filter((line) => line !== '');
}

function output(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

describe('ledger completion (issue 17: shell completion generated from the commands)', () => {
  let script: string;

  beforeAll(async () => {
    const out = output();
    const err = output();
    expect(await runCli(['completion'], { stdout: out.stream, stderr: err.stream, env: {} })).toBe(0);
    script = out.text();
  });

  it('completes the commands, every one the program has', async () => {
    const program = await loadProgram({ stdout: output().stream, stderr: output().stream, env: {} }, ALL);
    const commands = program.commands.map((c) => c.name());
    expect(bashCompletes(script, [''])).toEqual(
      expect.arrayContaining([...commands, '--data-dir', '--help']),
    );
    expect(bashCompletes(script, ['re'])).toEqual(expect.arrayContaining(['replay', 'report']));
    expect(bashCompletes(script, ['re']).every((word) => word.startsWith('re'))).toBe(true);
  });

  it('completes a subcommand after its command, and its options after that', () => {
    expect(bashCompletes(script, ['report', ''])).toEqual(
      expect.arrayContaining(['quota', 'broken-accounts']),
    );
    expect(bashCompletes(script, ['report', 'quota', '--f'])).toEqual(['--format']);
    // Global options go on after any command.
    expect(bashCompletes(script, ['--data-dir', '/srv/ledger', 'report', 'quota', '--d'])).toEqual([
      '--data-dir',
    ]);
  });

  it("completes an option's choices", () => {
    expect(bashCompletes(script, ['report', 'quota', '--format', ''])).toEqual(
      expect.arrayContaining(['json', 'csv']),
    );
    expect(bashCompletes(script, ['token', '--role', 'g'])).toEqual(['global-admin']);
  });

  it('completes the --format of every command that prints data, maintenance commands included', () => {
    for (const command of [
      ['token'],
      ['replay'],
      ['demo'],
      ['projections', 'status'],
      ['projections', 'skip'],
    ]) {
      expect(bashCompletes(script, [...command, '--form'])).toEqual(['--format']);
      expect(bashCompletes(script, [...command, '--format', ''])).toEqual(['table', 'json', 'csv']);
    }
  });

  it('completes the options added for both backends: quota --as-of, account list --compliance, attention paging', () => {
    expect(bashCompletes(script, ['quota', 'contoso', '--as'])).toEqual(['--as-of']);
    expect(bashCompletes(script, ['account', 'list', 'contoso', '--compliance', ''])).toEqual([
      'UNLICENSED',
      'FULL_LICENCE',
    ]);
    expect(bashCompletes(script, ['report', 'attention', '--l'])).toEqual(['--limit']);
    expect(bashCompletes(script, ['report', 'attention', '--af'])).toEqual(['--after']);
  });

  it('prints a script, not data: --format is refused with exit 2 and the usage line', async () => {
    const err = output();
    expect(
      await runCli(['completion', '--format', 'json'], {
        stdout: output().stream,
        stderr: err.stream,
        env: {},
      }),
    ).toBe(2);
    expect(err.text()).toBe(
      "ledger: unknown option '--format'\nusage: ledger completion [options]\n",
    );
  });

  it('works in zsh through its bash compatibility (the same function, registered by bashcompinit)', async () => {
    const out = output();
    expect(
      await runCli(['completion', '--shell', 'zsh'], {
        stdout: out.stream,
        stderr: output().stream,
        env: {},
      }),
    ).toBe(0);
    expect(out.text().split('\n')[0]).toBe('autoload -U +X bashcompinit && bashcompinit');
    expect(out.text()).toContain(script);
  });
});
