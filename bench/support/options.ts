/**
 * Command-line flags of `npm run bench`. Sizes are flags so that `--quick` (under a minute) and
 * the full run (the sizes: 1,000,000 events, 10,000 tenants) share every line of code.
 */
export interface BenchOptions {
  readonly quick: boolean;
  /** Which suites to run; all when empty. */
  readonly only: readonly SuiteName[];
  /** How many times each measurement is repeated; the table shows the median run. */
  readonly repeat: number;
  readonly http: {
    readonly durationSeconds: number;
    readonly connections: number;
    readonly tenants: number;
  };
  readonly append: { readonly activities: number; readonly concurrency: number };
  /** The replay, audit and memory suites share one ledger written by the CLI's demo generator. */
  readonly store: {
    readonly tenants: number;
    readonly events: number;
    /** How many of the largest tenants the audit pages through. */
    readonly bigTenants: number;
  };
  /**
   * Where the shared ledger lives: null, a new temporary directory; a directory, its ledger is
   * written there once and used as it is by later runs (a 10,000,000-event store takes an hour
   * to write). The event-loop suite adds its long tenant to it.
   */
  readonly storeDir: string | null;
  readonly replay: {
    /** Events of the fixture replayed through the EventStoreDB adapter on the in-memory gRPC test server; 0: not. */
    readonly eventStoreDbEvents: number;
  };
  readonly audit: {
    readonly queries: number;
  };
  /**
   * Where CPU profiles of the API are written (`--profile-dir`): under the history load (audit
   * suite) and through the sequential as-of reads (event-loop suite); null: not profiled.
   */
  readonly profileDir: string | null;
  /** Event-loop delay while the API rebuilds, answers as-of reads on one long tenant, and reports as of an instant. */
  readonly eventLoop: {
    /** Events of the long tenant added to the fixture (the 50,000). */
    readonly bigTenantEvents: number;
    readonly asOfReads: number;
    readonly reports: number;
  };
  /** Issue 15: the tenant export (people, resource accounts) imported and reconciled, and the audit log replayed. */
  readonly import: {
    readonly people: number;
    /** Resource accounts beyond the fixture's 8, the ones the audit log's records change. */
    readonly resourceAccounts: number;
    readonly auditRecords: number;
  };
  /** Where RESULTS.md gets its new section; null prints only. */
  readonly resultsFile: string | null;
  readonly note: string;
  /**
   * LEDGER_LOG_LEVEL of the benchmarked API. `warn` by default: the per-request info line would
   * go to this terminal and bury the table; `--api-log-level info` measures with it.
   */
  readonly apiLogLevel: string;
}

export const SUITES = [
  'commands',
  'commands-eventstoredb',
  'append',
  'replay',
  'audit',
  'memory',
  'reports',
  'storage',
  'eventloop',
  'import',
  'cli',
] as const;
export type SuiteName = (typeof SUITES)[number];

const USAGE = `npm run bench -- [--quick] [--only ${SUITES.join(',')}] [--repeat N]
  [--duration S] [--connections N] [--http-tenants N] [--append-activities N] [--append-concurrency N]
  [--tenants N] [--events N] [--big-tenants N] [--store-dir DIR] [--esdb-events N | --no-esdb]
  [--audit-queries N] [--profile-dir DIR] [--asof-reads N] [--import-people N] [--import-resource-accounts N] [--audit-records N] [--api-log-level LEVEL] [--results-file FILE | --no-save] [--note "text for RESULTS.md"]`;

function full(): BenchOptions {
  return {
    quick: false,
    only: [],
    repeat: 3,
    http: { durationSeconds: 10, connections: 50, tenants: 1000 },
    append: { activities: 10_000, concurrency: 64 },
    store: { tenants: 10_000, events: 1_000_000, bigTenants: 10 },
    storeDir: null,
    replay: { eventStoreDbEvents: 20_000 },
    audit: { queries: 5_000 },
    profileDir: null,
    eventLoop: { bigTenantEvents: 50_000, asOfReads: 1_000, reports: 3 },
    import: { people: 10_000, resourceAccounts: 1_000, auditRecords: 100_000 },
    resultsFile: 'bench/RESULTS.md',
    note: '',
    apiLogLevel: 'warn',
  };
}

function quick(): BenchOptions {
  const base = full();
  return {
    ...base,
    quick: true,
    repeat: 1,
    http: { ...base.http, durationSeconds: 3 },
    append: { activities: 4_000, concurrency: 64 },
    // A tenth of the events over half the tenants (the demo generator needs at least 20 events each).
    store: { tenants: 5_000, events: 100_000, bigTenants: 10 },
    replay: { eventStoreDbEvents: 5_000 },
    audit: { ...base.audit, queries: 1_000 },
    // The long tenant keeps the size: its as-of cost is the figure.
    eventLoop: { bigTenantEvents: 50_000, asOfReads: 200, reports: 2 },
    // A fifth of the sizes: the targets are for the full ones.
    import: { people: 2_000, resourceAccounts: 200, auditRecords: 20_000 },
  };
}

function positive(flag: string, raw: string | undefined): number {
  const value = Number(raw);
  if (raw === undefined || !Number.isInteger(value) || value <= 0) {
    throw new Error(`${flag} needs a positive integer, got ${String(raw)}\n${USAGE}`);
  }
  return value;
}

/** The option groups whose fields are sizes (positive integers), each set by its own flag. */
type SizeGroup = 'http' | 'append' | 'store' | 'replay' | 'audit' | 'eventLoop' | 'import';
type SizeField = {
  [G in SizeGroup]: readonly [
    G,
    { [F in keyof BenchOptions[G]]: BenchOptions[G][F] extends number ? F : never }[keyof BenchOptions[G]],
  ];
}[SizeGroup];

const SIZE_FLAGS = new Map<string, SizeField>([
  ['--duration', ['http', 'durationSeconds']],
  ['--connections', ['http', 'connections']],
  ['--http-tenants', ['http', 'tenants']],
  ['--append-activities', ['append', 'activities']],
  ['--append-concurrency', ['append', 'concurrency']],
  ['--tenants', ['store', 'tenants']],
  ['--events', ['store', 'events']],
  ['--big-tenants', ['store', 'bigTenants']],
  ['--esdb-events', ['replay', 'eventStoreDbEvents']],
  ['--audit-queries', ['audit', 'queries']],
  ['--asof-reads', ['eventLoop', 'asOfReads']],
  ['--import-people', ['import', 'people']],
  ['--import-resource-accounts', ['import', 'resourceAccounts']],
  ['--audit-records', ['import', 'auditRecords']],
]);

function withSize(options: BenchOptions, [group, field]: SizeField, value: number): BenchOptions {
  return { ...options, [group]: { ...options[group], [field]: value } };
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  let options = argv.includes('--quick') ? quick() : full();
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const next = (): string | undefined => argv[++i];
    const size = SIZE_FLAGS.get(flag);
    if (size !== undefined) {
      options = withSize(options, size, positive(flag, next()));
      continue;
    }
    switch (flag) {
      case '--quick':
        break;
      case '--only': {
        const names = (next() ?? '').split(',').filter((name) => name.length > 0);
        const unknown = names.filter((name) => !(SUITES as readonly string[]).includes(name));
        if (unknown.length > 0) throw new Error(`unknown suite(s) ${unknown.join(', ')}\n${USAGE}`);
        options = { ...options, only: names as SuiteName[] };
        break;
      }
      case '--repeat':
        options = { ...options, repeat: positive(flag, next()) };
        break;
      case '--results-file':
        options = { ...options, resultsFile: next() ?? null };
        break;
      case '--store-dir':
        options = { ...options, storeDir: next() ?? null };
        break;
      case '--profile-dir':
        options = { ...options, profileDir: next() ?? null };
        break;
      case '--no-esdb':
        options = { ...options, replay: { ...options.replay, eventStoreDbEvents: 0 } };
        break;
      case '--no-save':
        options = { ...options, resultsFile: null };
        break;
      case '--api-log-level':
        options = { ...options, apiLogLevel: next() ?? 'warn' };
        break;
      case '--note':
        options = { ...options, note: next() ?? '' };
        break;
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown flag ${String(flag)}\n${USAGE}`);
    }
  }
  return options;
}

export function runs(options: BenchOptions, suite: SuiteName): boolean {
  return options.only.length === 0 || options.only.includes(suite);
}
