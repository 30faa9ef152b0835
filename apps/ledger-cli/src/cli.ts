import { Command, CommanderError } from 'commander';
import { StoreUnavailableError } from '@ledger/event-store';
import type { CliIo } from './cli-io';
import { backupCommand } from './commands/backup.command';
import { completionCommand } from './commands/completion.command';
import { demoCommand } from './commands/demo.command';
import { historyCommand } from './commands/history.command';
import { importTenantCommand } from './commands/import-tenant.command';
import { importAuditCommand } from './commands/tenant-import/import-audit.command';
import { importCommand } from './commands/tenant-import/import.command';
import { reconcileCommand } from './commands/tenant-import/reconcile.command';
import { projectionsCommand } from './commands/projections.command';
import { replayCommand } from './commands/replay.command';
import { reportCommand } from './commands/report.command';
import { tokenCommand } from './commands/token.command';
import { CommandFailure, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from './exit-codes';
import { helpExamples } from './help-examples';

export const CLI_NAME = 'ledger-cli';
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
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    return exitCodeOf(error, io);
  }
}

export function buildProgram(io: CliIo): Command {
  const program: Command = new Command(CLI_NAME)
    .description(
      'The licensing ledger from the command line: replay projections, reports, audit history, backups, dev tokens, demo data.\n' +
        'Reads the same environment as the API: LEDGER_DATA_DIR (default ./data), LEDGER_EVENTSTORE_URL, ' +
        'LEDGER_JWT_SECRET, LEDGER_ALLOCATION_POLICY.',
    )
    .option(
      '--data-dir <dir>',
      'the data directory: embedded store, projections, dev secret (overrides LEDGER_DATA_DIR)',
    )
    .addCommand(demoCommand(io))
    .addCommand(replayCommand(io))
    .addCommand(projectionsCommand(io))
    .addCommand(reportCommand(io))
    .addCommand(historyCommand(io))
    .addCommand(importTenantCommand(io))
    .addCommand(reconcileCommand(io))
    .addCommand(importCommand(io))
    .addCommand(importAuditCommand(io))
    .addCommand(backupCommand(io))
    .addCommand(tokenCommand(io))
    .addCommand(completionCommand(io, (): Command => program, BIN_NAME))
    .addHelpText(
      'after',
      helpExamples(
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
  configureTree(program, io);
  return program;
}

/** The same parsing and output rules on every command: subcommands added with addCommand do not inherit them. */
function configureTree(command: Command, io: CliIo): void {
  command
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      // One line, named after the program: "ledger-cli: unknown option '--x'".
      outputError: (text, write) => write(`${CLI_NAME}: ${text.replace(/^error: /, '')}`),
    });
  for (const subcommand of command.commands) configureTree(subcommand, io);
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
