import { Command } from 'commander';
import { TENANT_STREAM_PREFIX } from '@ledger/licensing';
import { projectionsFileOf } from '@ledger/runtime';
import { adminApiOf } from '../backend/backend-of';
import type { CliIo } from '../cli-io';
import { dataFormatOption, writeData, type DataFormat } from '../data-output';
import { helpExamples } from '../help-examples';
import { configOf, withStore } from '../ledger-context';
import { perSecond } from '../number-format';
import { openProjectionsExclusively } from '../projection-access';
import { progressReporter } from '../progress-reporter';

export interface ReplayStats {
  readonly events: number;
  readonly ms: number;
  readonly eventsPerSecond: number;
  readonly tenants: number;
  readonly brokenAccounts: number;
  readonly projectionsFile: string;
}

const API_REPLAY_COLUMNS = ['events', 'ms', 'eventsPerSecond'] as const;
const REPLAY_COLUMNS = [...API_REPLAY_COLUMNS, 'tenants', 'brokenAccounts', 'projectionsFile'] as const;

export function replayCommand(io: CliIo): Command {
  return new Command('replay')
    .description(
      'Drops every read model (quota, account status, history) and replays the whole log of the configured ' +
        'store into the projection database of the data dir, showing progress with events/s on stderr and ' +
        'the final stats on stdout.\n\n' +
        'It needs the projection database to itself and refuses (exit 1) while a running ledger-api has it ' +
        'open: that API keeps its checkpoints and tenant states in memory and would not see the rebuild. ' +
        'Stop the API first, or give --api: then the running API rebuilds its own projections ' +
        '(POST /v1/admin/projections/rebuild) and the answer is its events and time. A replay that is ' +
        'interrupted leaves consistent checkpoints: the next start of the API, or the next replay, carries on.',
    )
    .addOption(dataFormatOption())
    .addHelpText(
      'after',
      helpExamples(
        'ledger replay',
        'LEDGER_DATA_DIR=/tmp/ledger ledger replay --format json',
        'ledger replay --api https://ledger.example.com --token "$TOKEN"',
      ),
    )
    .action(async (options: { format: DataFormat }, command: Command) => {
      const api = await adminApiOf(io, command);
      if (api !== undefined) {
        const rebuilt = await api.rebuild();
        const stats = { ...rebuilt, eventsPerSecond: perSecond(rebuilt.events, rebuilt.ms) };
        return writeData(io, options.format, { json: stats, columns: API_REPLAY_COLUMNS, rows: [stats] });
      }
      const config = configOf(io, command);
      const stats = await withStore(config, async (store): Promise<ReplayStats> => {
        const projections = openProjectionsExclusively(config, store);
        try {
          const head = await store.headPosition({ streamPrefix: TENANT_STREAM_PREFIX });
          const progress = progressReporter(io.stderr, 'replay', { unit: 'events' });
          // Positions of the embedded store count events, so position / head is the share done.
          const result = await projections.runner.rebuild((step) =>
            progress.update(step.events, head === null ? null : Number(step.position) / Number(head)),
          );
          progress.finish();
          return {
            events: result.events,
            ms: result.ms,
            eventsPerSecond: perSecond(result.events, result.ms),
            tenants: countOf(projections.readModels.allQuotas()),
            brokenAccounts: countOf(projections.readModels.accountsWithStatus('broken')),
            projectionsFile: projectionsFileOf(config),
          };
        } finally {
          await projections.close();
        }
      });
      await writeData(io, options.format, { json: stats, columns: REPLAY_COLUMNS, rows: [stats] });
    });
}

function countOf(items: Iterable<unknown>): number {
  let total = 0;
  for (const _item of items) total += 1;
  return total;
}
