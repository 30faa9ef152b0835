import { Command } from 'commander';
import {
  NotParkedError,
  parkedEventAnswer,
  projectionsStatusOf,
  type ProjectionsStatus,
} from '@ledger/projections';
import { adminApiOf } from '../backend/backend-of';
import type { CliIo } from '../cli-io';
import { dataFormatOption, writeData, type DataFormat } from '../data-output';
import { CommandFailure } from '../exit-codes';
import { helpExamples } from '../help-examples';
import { configOf, withStore } from '../ledger-context';
import { logPosition } from '../option-parsers';
import { openProjectionsExclusively, openProjectionsForReading } from '../projection-access';

/** A parked event as a row: what `projections status` lists, one event a line. */
const PARKED_COLUMNS = ['position', 'tenantId', 'revision', 'type', 'projections', 'error'] as const;
const ANSWER_COLUMNS = ['position', 'outcome'] as const;

/** SPEC §5 "Projections health", as GET /v1/admin/projections and POST …/parked/{position}/retry|skip. */
export function projectionsCommand(io: CliIo): Command {
  return new Command('projections')
    .description(
      'An event a projection cannot apply (an unknown type, a newer schema version, a projection bug) is ' +
        'parked with its error; the other tenants flow on, and the tenant of the parked event is held (its ' +
        'views stay at the revision before it) until the event is retried or skipped. Here, on the store ' +
        'here; with --api, those of the running API (GET /v1/admin/projections and ' +
        'POST /v1/admin/projections/parked/{position}/retry|skip).',
    )
    .addCommand(statusCommand(io))
    .addCommand(actionCommand(io, 'retry'))
    .addCommand(actionCommand(io, 'skip'))
    .addHelpText(
      'after',
      helpExamples(
        'ledger projections status',
        'ledger projections status --api https://ledger.example.com --token "$TOKEN"',
        'ledger projections retry 1234',
        'ledger projections skip 1234 --api https://ledger.example.com --token "$TOKEN"',
      ),
    );
}

function statusCommand(io: CliIo): Command {
  return new Command('status')
    .description(
      'The parked events, one a row (retry or skip each by its position); their position and lag behind ' +
        'the log as a notice on stderr (all of it in --format json). Here it catches the projections up ' +
        'first (when no running API holds them); with --api it asks the running API.',
    )
    .addOption(dataFormatOption())
    .addHelpText(
      'after',
      helpExamples(
        'ledger projections status',
        'ledger projections status --format json',
        'ledger projections status --api http://localhost:3000 --token "$TOKEN" --format csv',
      ),
    )
    .action(async (options: { format: DataFormat }, command: Command) => {
      const status = await statusOf(io, command);
      const lag = status.lag === null ? 'unknown (the store does not answer)' : status.lag;
      io.stderr.write(
        `Position ${status.position} of ${status.head ?? '(empty log)'}; lag ${lag}; ` +
          `parked events: ${status.parked.length === 0 ? 'none' : status.parked.length}\n`,
      );
      await writeData(io, options.format, { json: status, columns: PARKED_COLUMNS, rows: status.parked });
    });
}

async function statusOf(io: CliIo, command: Command): Promise<ProjectionsStatus> {
  const api = await adminApiOf(io, command);
  if (api !== undefined) return api.projectionsStatus();
  const config = configOf(io, command);
  return withStore(config, async (store) => {
    const projections = await openProjectionsForReading(io, config, store);
    try {
      return await projectionsStatusOf(store, projections.runner);
    } finally {
      await projections.close();
    }
  });
}

type ParkedAction = 'retry' | 'skip';

function actionCommand(io: CliIo, action: ParkedAction): Command {
  const summary =
    action === 'retry'
      ? 'apply a parked event again (after a fix), then the events of its tenant held behind it'
      : 'let the projections do without a parked event (kept through rebuilds); its tenant’s held events follow';
  return new Command(action)
    .description(
      `${summary[0].toUpperCase()}${summary.slice(1)}. Here it needs the projection database to itself; ` +
        `with --api the running API does it (POST /v1/admin/projections/parked/{position}/${action}).` +
        (action === 'retry' ? ' Exits 1 when the event still fails (it stays parked).' : ''),
    )
    .argument('<position>', 'the parked event’s log position, as `projections status` prints it', logPosition)
    .addOption(dataFormatOption())
    .addHelpText(
      'after',
      helpExamples(
        'ledger projections status',
        `ledger projections ${action} 1234`,
        `ledger projections ${action} 1234 --api http://localhost:3000 --token "$TOKEN" --format json`,
      ),
    )
    .action(async (position: bigint, options: { format: DataFormat }, command: Command) => {
      const answer = await parkedAction(io, command, action, position);
      const outcome = action === 'skip' ? 'skipped' : 'applied';
      await writeData(io, options.format, {
        json: answer,
        columns: ANSWER_COLUMNS,
        rows: [{ position: String(position), outcome }],
      });
    });
}

async function parkedAction(
  io: CliIo,
  command: Command,
  action: ParkedAction,
  position: bigint,
): Promise<object> {
  const api = await adminApiOf(io, command);
  if (api !== undefined) return action === 'skip' ? api.skipParked(position) : api.retryParked(position);
  const config = configOf(io, command);
  return withStore(config, async (store) => {
    const projections = openProjectionsExclusively(config, store);
    try {
      if (action === 'skip') return { skipped: parkedEventAnswer(await projections.runner.skip(position)) };
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
}
