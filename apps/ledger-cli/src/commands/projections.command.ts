import { Command, Option } from 'commander';
import {
  NotParkedError,
  parkedEventAnswer,
  projectionsStatusOf,
  type ParkedEventAnswer,
  type ProjectionsStatus,
} from '@ledger/projections';
import type { CliIo } from '../cli-io';
import { CommandFailure } from '../exit-codes';
import { helpExamples } from '../help-examples';
import { configOf, withStore } from '../ledger-context';
import { logPosition } from '../option-parsers';
import { openProjectionsExclusively, openProjectionsForReading } from '../projection-access';

type Format = 'text' | 'json';

const formatOption = () =>
  new Option('--format <format>', 'how to print the answer').choices(['text', 'json']).default('text');

/** SPEC §5 "Projections health", as GET /v1/admin/projections and POST …/parked/{position}/retry|skip. */
export function projectionsCommand(io: CliIo): Command {
  return new Command('projections')
    .description(
      'An event a projection cannot apply (an unknown type, a newer schema version, a projection bug) is ' +
        'parked with its error; the other tenants flow on, and the tenant of the parked event is held (its ' +
        'views stay at the revision before it) until the event is retried or skipped. The same as ' +
        'GET /v1/admin/projections and POST /v1/admin/projections/parked/{position}/retry|skip.',
    )
    .addCommand(statusCommand(io))
    .addCommand(actionCommand(io, 'retry'))
    .addCommand(actionCommand(io, 'skip'))
    .addHelpText(
      'after',
      helpExamples(
        'npm run cli -- projections status',
        'npm run cli -- projections retry 1234',
        'npm run cli -- projections skip 1234',
      ),
    );
}

function statusCommand(io: CliIo): Command {
  return new Command('status')
    .description(
      'Catches the projections up (when no running API holds them) and prints their position, their lag ' +
        'behind the log and the parked events.',
    )
    .addOption(formatOption())
    .addHelpText(
      'after',
      helpExamples('npm run cli -- projections status', 'npm run cli -- projections status --format json'),
    )
    .action(async (options: { format: Format }, command: Command) => {
      const config = configOf(io, command);
      const status = await withStore(config, async (store) => {
        const projections = await openProjectionsForReading(io, config, store);
        try {
          return await projectionsStatusOf(store, projections.runner);
        } finally {
          await projections.close();
        }
      });
      io.stdout.write(
        options.format === 'json' ? `${JSON.stringify(status, null, 2)}\n` : statusText(status),
      );
    });
}

function actionCommand(io: CliIo, action: 'retry' | 'skip'): Command {
  const summary =
    action === 'retry'
      ? 'apply a parked event again (after a fix), then the events of its tenant held behind it'
      : 'let the projections do without a parked event (kept through rebuilds); its tenant’s held events follow';
  return new Command(action)
    .description(
      `${summary[0].toUpperCase()}${summary.slice(1)}. Needs the projection database to itself: with a ` +
        `running ledger-api, use POST /v1/admin/projections/parked/{position}/${action} instead.` +
        (action === 'retry' ? ' Exits 1 when the event still fails (it stays parked).' : ''),
    )
    .argument('<position>', 'the parked event’s log position, as `projections status` prints it', logPosition)
    .addOption(formatOption())
    .addHelpText(
      'after',
      helpExamples('npm run cli -- projections status', `npm run cli -- projections ${action} 1234`),
    )
    .action(async (position: bigint, options: { format: Format }, command: Command) => {
      const config = configOf(io, command);
      const answer = await withStore(config, async (store) => {
        const projections = openProjectionsExclusively(config, store);
        try {
          if (action === 'skip')
            return { skipped: parkedEventAnswer(await projections.runner.skip(position)) };
          const outcome = await projections.runner.retry(position);
          if (outcome.parked !== null)
            throw new CommandFailure(
              `the event at ${position} still fails and stays parked: ${outcome.parked.error}`,
            );
          return { applied: true };
        } catch (error) {
          if (error instanceof NotParkedError) throw new CommandFailure(error.message);
          throw error;
        } finally {
          await projections.close();
        }
      });
      io.stdout.write(
        options.format === 'json'
          ? `${JSON.stringify(answer, null, 2)}\n`
          : action === 'skip'
            ? `Skipped the event at ${position}; its tenant's held events are applied.\n`
            : `Applied the event at ${position} and the events held behind it.\n`,
      );
    });
}

function parkedLine(parked: ParkedEventAnswer): string {
  return (
    `  ${parked.position}  tenant ${parked.tenantId ?? '?'} revision ${parked.revision}  ${parked.type}  ` +
    `(${parked.projections.join(', ')}): ${parked.error}\n`
  );
}

function statusText(status: ProjectionsStatus): string {
  const lag = status.lag === null ? 'unknown (the store does not answer)' : status.lag;
  return (
    `Position ${status.position} of ${status.head ?? '(empty log)'}; lag ${lag}\n` +
    (status.parked.length === 0
      ? 'Parked events: none\n'
      : `Parked events (${status.parked.length}); retry or skip each by its position:\n${status.parked.map(parkedLine).join('')}`)
  );
}
