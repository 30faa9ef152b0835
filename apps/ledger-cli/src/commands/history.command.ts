import { Command, Option } from 'commander';
import type { LedgerEventType } from '@ledger/licensing';
// From their own files: through --api, the projections' database driver is never loaded.
import { historyPagingOf, isHistoryPagingProblem } from '@ledger/projections/history/history-paging';
import {
  HISTORY_ORDERS,
  type HistoryFilter,
  type HistoryOrder,
} from '@ledger/projections/history/history-reads';
import type { CliIo } from '../cli-io';
import { CommandFailure, UsageError } from '../exit-codes';
import { helpExamples } from '../help-examples';
import { withBackend } from '../backend/backend-of';
import { dataFormatOption, terminalColumns, writeData, type DataFormat } from '../data-output';
import { eventType, integerIn, isoInstant, ledgerId } from '../option-parsers';
import { HISTORY_COLUMNS, historyTable } from './history-table';

interface HistoryOptions {
  readonly account?: string;
  readonly type?: LedgerEventType;
  readonly from?: string;
  readonly to?: string;
  readonly order: HistoryOrder;
  readonly after?: number;
  readonly before?: number;
  readonly limit: number;
  readonly format: DataFormat;
}

/** SPEC §3: a history page holds at most 1,000 entries. */
const MAX_PAGE = 1_000;

export function historyCommand(io: CliIo): Command {
  return new Command('history')
    .description(
      "One tenant's events, as GET /v1/tenants/{tenantId}/history answers them: filtered by account, event " +
        'type and time; oldest first, paged with --after, or newest first (--order desc), paged with --before ' +
        '(the revision printed as the next page). Each page says how many events match the filter.',
    )
    .argument('<tenant>', 'the tenant id', ledgerId)
    .addOption(new Option('--account <accountId>', "only this account's events").argParser(ledgerId))
    .addOption(
      new Option('--type <eventType>', 'only events of this type, e.g. LicenseSwapped').argParser(eventType),
    )
    .addOption(
      new Option('--from <instant>', 'only events at or after this ISO-8601 instant').argParser(isoInstant),
    )
    .addOption(new Option('--to <instant>', 'only events before this ISO-8601 instant').argParser(isoInstant))
    .addOption(
      new Option('--order <order>', 'asc: oldest first; desc: newest first')
        .choices(HISTORY_ORDERS)
        .default('asc'),
    )
    .addOption(
      new Option(
        '--after <revision>',
        'with --order asc: only events after this revision (the next page)',
      ).argParser(integerIn(0, Number.MAX_SAFE_INTEGER)),
    )
    .addOption(
      new Option(
        '--before <revision>',
        'with --order desc: only events before this revision (the next page)',
      ).argParser(integerIn(0, Number.MAX_SAFE_INTEGER)),
    )
    .addOption(
      new Option('--limit <n>', 'at most this many events').argParser(integerIn(1, MAX_PAGE)).default(100),
    )
    .addOption(dataFormatOption())
    .addHelpText(
      'after',
      helpExamples(
        'npm run cli -- history northwind-1-0001',
        'npm run cli -- history northwind-1-0001 --account aa-12 --format json',
        'npm run cli -- history northwind-1-0001 --type LicenseSwapped --from 2026-01-01 --limit 20',
        'npm run cli -- history northwind-1-0001 --order desc --limit 20',
        'npm run cli -- history northwind-1-0001 --order desc --before 5940 --limit 20',
      ),
    )
    .action(async (tenantId: string, options: HistoryOptions, command: Command) => {
      // SPEC §6: a cursor of the other order is a usage error, before the store is opened.
      const paging = historyPagingOf(options.order, options.after, options.before);
      if (isHistoryPagingProblem(paging)) throw new UsageError(`--${paging.field}: ${paging.problem}`);
      const filter: HistoryFilter = {
        limit: options.limit,
        ...(options.account === undefined ? {} : { accountId: options.account }),
        ...(options.type === undefined ? {} : { type: options.type }),
        ...(options.from === undefined ? {} : { from: options.from }),
        ...(options.to === undefined ? {} : { to: options.to }),
        ...paging,
      };
      const page = await withBackend(io, command, (backend) => backend.history(tenantId, filter));
      const filtered = Object.keys(filter).some((key) => ['accountId', 'type', 'from', 'to'].includes(key));
      // Both backends answer an empty page for a tenant they never heard of: said in words, exit 1.
      if (page.total === 0 && !filtered)
        throw new CommandFailure(`tenant ${tenantId} has no events in this ledger`);
      if (options.format === 'table') io.stdout.write(historyTable(page.events, terminalColumns(io.stdout)));
      else await writeData(io, options.format, { json: page, columns: HISTORY_COLUMNS, rows: page.events });
      if (page.events.length === 0) io.stderr.write('no events match\n');
      else io.stderr.write(`${page.events.length} of ${page.total} matching events\n`);
      const cursor = paging.order === 'desc' ? 'before' : 'after';
      if (page.next !== null) io.stderr.write(`more: add --${cursor} ${page.next}\n`);
    });
}
