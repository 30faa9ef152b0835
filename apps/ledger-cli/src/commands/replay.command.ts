import { Command, Option } from 'commander';
import { TENANT_STREAM_PREFIX } from '@ledger/licensing';
import { projectionsFileOf } from '@ledger/runtime';
import type { CliIo } from '../cli-io';
import { helpExamples } from '../help-examples';
import { configOf, withStore } from '../ledger-context';
import { count, perSecond, seconds } from '../number-format';
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

export function replayCommand(io: CliIo): Command {
  return new Command('replay')
    .description(
      'Drops every read model (quota, account status, history) and replays the whole log of the configured ' +
        'store into the projection database of the data dir, showing progress with events/s on stderr and ' +
        'the final stats on stdout.\n\n' +
        'It needs the projection database to itself and refuses (exit 1) while a running ledger-api has it ' +
        'open: that API keeps its checkpoints and tenant states in memory and would not see the rebuild. ' +
        'Stop the API first, or rebuild through it (POST /v1/admin/projections/rebuild). A replay that is ' +
        'interrupted leaves consistent checkpoints: the next start of the API, or the next replay, carries on.',
    )
    .addOption(
      new Option('--format <format>', 'how to print the final stats')
        .choices(['text', 'json'])
        .default('text'),
    )
    .addHelpText(
      'after',
      helpExamples(
        'npm run cli -- replay',
        'LEDGER_DATA_DIR=/tmp/ledger npm run cli -- replay --format json',
      ),
    )
    .action(async (options: { format: 'text' | 'json' }, command: Command) => {
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
      io.stdout.write(options.format === 'json' ? `${JSON.stringify(stats, null, 2)}\n` : textOf(stats));
    });
}

function countOf(items: Iterable<unknown>): number {
  let total = 0;
  for (const _item of items) total += 1;
  return total;
}

function textOf(stats: ReplayStats): string {
  return (
    `Replayed ${count(stats.events)} events in ${seconds(stats.ms)}: ${count(stats.eventsPerSecond)} events/s\n` +
    `Tenants: ${count(stats.tenants)} · broken accounts: ${count(stats.brokenAccounts)}\n` +
    `Projections: ${stats.projectionsFile}\n`
  );
}
