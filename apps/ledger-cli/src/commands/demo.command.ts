import { Command, Option } from 'commander';
import type { CliIo } from '../cli-io';
import { nowOf } from '../cli-io';
import {
  DEMO_DEFAULTS,
  DEMO_POLICIES,
  DEMO_RULEBOOKS,
  demoRulebookOfPolicy,
  demoOptionsProblem,
  DemoTenantExistsError,
  type DemoOptions,
  type DemoPolicy,
  type DemoRulebook,
  MAX_DEMO_EVENTS,
  MAX_DEMO_TENANTS,
  writeDemoLedger,
} from '../demo';
import { dataFormatOption, writeData, type DataFormat } from '../data-output';
import { CommandFailure, UsageError } from '../exit-codes';
import { helpExamples } from '../help-examples';
import { configOf, withStore } from '../ledger-context';
import { integerIn, isoInstant } from '../option-parsers';
import { progressReporter } from '../progress-reporter';

interface DemoCommandOptions {
  readonly tenants: number;
  readonly events: number;
  readonly seed: number;
  readonly rulebook: DemoRulebook;
  readonly policy?: DemoPolicy;
  readonly until?: string;
  readonly months: number;
  readonly batchEvents: number;
  readonly format: DataFormat;
}

/** The summary's figures as one row (JSON has them all, by type and rulebook too). */
const DEMO_COLUMNS = [
  'events',
  'activities',
  'appends',
  'ms',
  'eventsPerSecond',
  'tenants',
  'rulebookSwitches',
  'largestTenant',
  'brokenAccounts',
  'atRiskAccounts',
  'paidSeats',
  'unlicensedAccounts',
  'fullLicenseAccounts',
  'expiredTerms',
  'renewedTerms',
  'expiringTerms',
  'overAllocatedTenants',
  'refused',
  'firstOccurredAt',
  'lastOccurredAt',
  'store',
] as const;

export function demoCommand(io: CliIo): Command {
  return new Command('demo')
    .description(
      'Writes a realistic ledger to the configured store, the same for the same options (a seeded ' +
        'generator). Every command goes through the domain (decide), and every event carries the metadata ' +
        'the API writes, with actor "demo" (an expiry: "ledger", the service\'s own, at the term\'s end) and ' +
        'occurredAt spread over the --months before --until, in order within each tenant. Tenant ids contain the seed: a second demo in the same store needs another --seed.',
    )
    .addOption(
      new Option('--tenants <n>', 'number of tenants')
        .argParser(integerIn(1, MAX_DEMO_TENANTS))
        .default(DEMO_DEFAULTS.tenants),
    )
    .addOption(
      new Option('--events <n>', 'size of the data set in events (each tenant stops at an activity boundary)')
        .argParser(integerIn(1, MAX_DEMO_EVENTS))
        .default(DEMO_DEFAULTS.events),
    )
    .addOption(
      new Option('--seed <n>', 'seed of the generator; also part of every tenant id')
        .argParser(integerIn(0, 0xffff_ffff))
        .default(DEMO_DEFAULTS.seed),
    )
    .addOption(
      new Option(
        '--rulebook <rulebook>',
        'rulebook each tenant adopts with its first write (R9); mixed: chosen per tenant, some switching later',
      )
        .choices(DEMO_RULEBOOKS)
        .default(DEMO_DEFAULTS.rulebook),
    )
    .addOption(
      new Option(
        '--policy <policy>',
        'former name of --rulebook: seed is --rulebook 2019, per-ten is --rulebook 2020, mixed is mixed',
      )
        .choices(DEMO_POLICIES)
        .conflicts('rulebook'),
    )
    .addOption(
      new Option('--until <instant>', 'the data set ends at this ISO-8601 instant (default: now)').argParser(
        isoInstant,
      ),
    )
    .addOption(
      new Option('--months <n>', 'the data set spans this many months before --until')
        .argParser(integerIn(1, 120))
        .default(DEMO_DEFAULTS.months),
    )
    .addOption(
      new Option('--batch-events <n>', 'at most this many events per append')
        .argParser(integerIn(1, 100_000))
        .default(DEMO_DEFAULTS.batchEvents),
    )
    .addOption(dataFormatOption())
    .addHelpText(
      'after',
      '\nWhat it writes:\n' +
        '  - many tenants of varied size: a few large, more medium, many small\n' +
        '  - tenants under each rulebook (2019, 2020, current; mixed: one per tenant), some\n' +
        '    switching rulebook halfway (RulebookAdopted)\n' +
        '  - purchases of PHONE_SYSTEM, E5, CALLING_PLAN and Resource Account licences; under\n' +
        '    current also TEAMS_PHONE_WITH_CALLING_PLAN for users, TEAMS_SHARED_DEVICES seats\n' +
        '    (counting for N) and Resource Account seats beyond the free allocation (paid, R10)\n' +
        '  - Calling Plan terms (R13), some trials: some lapse and expire (SubscriptionExpired,\n' +
        '    appended at their end as the service would), some renewed, some ending within 30\n' +
        '    days after --until\n' +
        '  - users, auto attendants and call queues (some nested and unlicensed: flagged\n' +
        '    UNLICENSED under current, R11; some on a full Phone System licence: FULL_LICENCE,\n' +
        '    R12, later swapped), licence assignments and phone numbers\n' +
        '  - swaps in one activity (LicenseSwapped), split swaps that break resource\n' +
        '    accounts (R6), replacements of broken accounts\n' +
        '  - Phone System seats cancelled below the Virtual User seats already bought:\n' +
        '    at least one tenant ends over-allocated\n' +
        '\nFor speed, several consecutive activities of one tenant go into one append (at\n' +
        'most --batch-events events); each event still carries its own activityId.\n' +
        helpExamples(
          'ledger demo',
          'ledger demo --tenants 1000 --events 1000000 --seed 7',
          'LEDGER_DATA_DIR=/tmp/ledger ledger demo --tenants 20 --events 5000 --rulebook current',
          'ledger demo --tenants 50 --events 20000 --rulebook 2019 --format json',
        ),
    )
    .action(async (options: DemoCommandOptions, command: Command) => {
      const problem = demoOptionsProblem(options);
      if (problem !== null) throw new UsageError(problem);
      const demo: DemoOptions = {
        tenants: options.tenants,
        events: options.events,
        seed: options.seed,
        // --policy is the former name of --rulebook (commander refuses both together).
        rulebook: options.policy === undefined ? options.rulebook : demoRulebookOfPolicy(options.policy),
        until: options.until === undefined ? nowOf(io) : new Date(options.until),
        months: options.months,
        batchEvents: options.batchEvents,
      };
      const config = configOf(io, command);
      const summary = await withStore(config, async (store) => {
        const progress = progressReporter(io.stderr, 'demo', { unit: 'events' });
        try {
          return await writeDemoLedger(store, demo, (step) =>
            progress.update(step.events, step.events / step.targetEvents),
          );
        } catch (error) {
          if (error instanceof DemoTenantExistsError) throw new CommandFailure(error.message);
          throw error;
        } finally {
          progress.finish();
        }
      });
      const store = config.eventStoreUrl === null ? `embedded, ${config.dataDir}` : 'EventStoreDB';
      await writeData(io, options.format, {
        json: summary,
        columns: DEMO_COLUMNS,
        rows: [{ ...summary, largestTenant: summary.largestTenant.tenantId, store }],
      });
      io.stderr.write('Next: ledger replay, then ledger report quota --format csv\n');
    });
}
