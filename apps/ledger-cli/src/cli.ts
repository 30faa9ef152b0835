import { Writable } from 'node:stream';
import { Command, CommanderError } from 'commander';
// The store's error class from its own file: the store's drivers load only with a command that uses them.
import { StoreUnavailableError } from '@ledger/event-store/errors';
import { refuseStoreOnlyThroughApi } from './backend/store-only-commands';
import type { CliIo } from './cli-io';
import { COMMAND_CATALOGUE, commandNamed } from './command-catalogue';
import { completionCommand } from './commands/completion.command';
import { CommandFailure, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from './exit-codes';
import { helpExamples } from './help-examples';

export const CLI_NAME = 'ledger';
/** The name it is installed under (package.json `bin`): what a shell completes. */
export const BIN_NAME = 'ledger';

/** Commander's codes for help and version output: asked for, so success. */
const SUCCESS_CODES = new Set(['commander.helpDisplayed', 'commander.version']);

/**
 * Runs one command line and answers the exit code: 0 done, 1 the work failed (message on stderr),
 * 2 the command line or the configuration is wrong. Nothing here touches `process`: `main.ts`
 * wires the real streams, tests pass their own.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const program = await loadProgram(quietIf(argv, io), commandNamed(argv), io.stderr);
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    return exitCodeOf(error, io);
  }
}

/**
 * `--quiet`: the commands' notices (progress, counts, hints, all on stderr) go nowhere; what fails
 * is still said, on the real stderr (the parser's errors and exitCodeOf's line). Read before
 * parsing, so every command is quiet the same way without a word of its own.
 */
function quietIf(argv: readonly string[], io: CliIo): CliIo {
  const end = argv.indexOf('--');
  if (!(end === -1 ? argv : argv.slice(0, end)).includes('--quiet')) return io;
  return { ...io, stderr: new Writable({ write: (_chunk, _encoding, done) => done() }) };
}

/** Every command built: what completion is generated from. */
export const ALL = Symbol('all commands');

/**
 * The program, its commands writing to `io`; the parser's errors and usage lines go to `errors`.
 * Only the command `named` (or every one, ALL) is built; the others stand in its place with their
 * name and summary, enough for `--help` and for an unknown command's suggestion (start time: issue 17).
 */
export async function loadProgram(
  io: CliIo,
  named: string | typeof ALL | undefined,
  errors: Writable = io.stderr,
): Promise<Command> {
  const program: Command = new Command(CLI_NAME)
    .description(
      'The licensing ledger from the command line: writes (purchases, accounts, licences, swaps, numbers), audit history, ' +
        'reports, replay, backups, dev tokens, demo data.\n' +
        'Two backends, one set of commands: the store here (the same environment as the API: LEDGER_DATA_DIR, default ' +
        './data, LEDGER_EVENTSTORE_URL, LEDGER_JWT_SECRET, LEDGER_ALLOCATION_POLICY), or a running API with ' +
        '--api <url> --token <jwt> (LEDGER_API_URL, LEDGER_TOKEN).',
    )
    .option(
      '--data-dir <dir>',
      'the data directory: embedded store, projections, dev secret (overrides LEDGER_DATA_DIR)',
    )
    .option(
      '--api <url>',
      'a running ledger API to talk to instead of the store here (overrides LEDGER_API_URL)',
    )
    .option('--token <jwt>', 'the bearer token for --api (overrides LEDGER_TOKEN)')
    .option(
      '--actor <name>',
      'who writes, recorded on the events (the store here only; default: your OS user)',
    )
    .option('--quiet', 'no notices on stderr (progress, counts, hints); errors still')
    .addHelpText(
      'after',
      helpExamples(
        'ledger purchase contoso --sku PHONE_SYSTEM --quantity 10',
        'ledger swap contoso aa-1 --from PHONE_SYSTEM --to PHONE_SYSTEM_VIRTUAL_USER',
        'ledger history contoso --api https://ledger.example.com --token "$TOKEN"',
        'npm run cli -- demo --tenants 1000 --events 1000000',
        'npm run cli -- replay',
        'npm run cli -- projections status',
        'npm run cli -- report quota --format csv',
        'npm run cli -- history <tenant> --type LicenseSwapped',
        'npm run cli -- reconcile <tenant> --from ./tenant-export',
        'npm run cli -- backup /srv/backups/ledger-today',
        'npm run cli -- token --role global-admin',
        'npm run cli -- <command> --help',
      ) + '\n\nExit codes: 0 done, 1 the command failed, 2 bad command line or configuration.',
    );
  for (const entry of COMMAND_CATALOGUE) {
    const built = named === ALL || named === entry.name ? await entry.build(io) : new Command(entry.name);
    program.addCommand(built.summary(entry.summary));
  }
  program.addCommand(completionCommand(io, () => loadProgram(io, ALL, errors), BIN_NAME));
  // A command that needs the store says so when given --api, before doing anything.
  program.hook('preAction', (_program, actionCommand) => refuseStoreOnlyThroughApi(io, actionCommand));
  configureTree(program, io, errors);
  return program;
}

/** The same parsing and output rules on every command: subcommands added with addCommand do not inherit them. */
function configureTree(command: Command, io: CliIo, errors: Writable): void {
  command
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void errors.write(text),
      // One line, named after the program: "ledger: unknown option '--x'", then the usage line.
      outputError: (text, write) =>
        write(
          `${CLI_NAME}: ${text.replace(/^error: /, '')}usage: ${commandPath(command)} ${command.usage()}\n`,
        ),
    });
  for (const subcommand of command.commands) configureTree(subcommand, io, errors);
}

/** `ledger account create`: the command's names from the program down. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at !== null; at = at.parent) names.unshift(at.name());
  return names.join(' ');
}

function exitCodeOf(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // Commander has already written its message (or the help) to stderr.
    return SUCCESS_CODES.has(error.code) ? EXIT_OK : EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof UsageError) {
    io.stderr.write(`${CLI_NAME}: ${message}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof CommandFailure || error instanceof StoreUnavailableError) {
    io.stderr.write(`${CLI_NAME}: ${message}\n`);
    return EXIT_FAILURE;
  }
  io.stderr.write(`${CLI_NAME}: unexpected error: ${message}\n`);
  if (io.env.LEDGER_CLI_DEBUG === '1' && error instanceof Error && error.stack !== undefined) {
    io.stderr.write(`${error.stack}\n`);
  }
  return EXIT_FAILURE;
}
