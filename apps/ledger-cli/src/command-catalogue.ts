import type { Command } from 'commander';
import type { CliIo } from './cli-io';

/**
 * Every top-level command: its name, the line `--help` lists it with, and how to build it. A command
 * is built (its module loaded, with the store drivers, Nest or the HTTP client behind it) only when
 * the command line names it: `ledger --help` loads none of them, `ledger purchase …` only purchase.
 * The summary lives here alone; cli.ts gives it to the command once built.
 */
export interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  readonly build: (io: CliIo) => Promise<Command>;
}

export const COMMAND_CATALOGUE: readonly CommandEntry[] = [
  {
    name: 'purchase',
    summary: 'buy seats of a SKU, optionally for a term (POST …/purchases)',
    build: async (io) => (await import('./commands/writes/purchase.command')).purchaseCommand(io),
  },
  {
    name: 'cancel-purchase',
    summary: 'cancel a purchase whose seats are not in use (R4)',
    build: async (io) => (await import('./commands/writes/purchase.command')).cancelPurchaseCommand(io),
  },
  {
    name: 'renew',
    summary: "renew a purchase's term to a new end (R13)",
    build: async (io) => (await import('./commands/writes/purchase.command')).renewCommand(io),
  },
  {
    name: 'account',
    summary: 'accounts: create, delete, replace, show, list',
    build: async (io) => (await import('./commands/writes/account.command')).accountCommand(io),
  },
  {
    name: 'license',
    summary: 'licences on accounts: assign, unassign, activity (several in one)',
    build: async (io) => (await import('./commands/writes/license.command')).licenseCommand(io),
  },
  {
    name: 'swap',
    summary: 'swap one licence for another in one activity (R5: LicenseSwapped)',
    build: async (io) => (await import('./commands/writes/license.command')).swapCommand(io),
  },
  {
    name: 'phone-number',
    summary: "an account's phone number: set, release",
    build: async (io) => (await import('./commands/writes/phone-number.command')).phoneNumberCommand(io),
  },
  {
    name: 'rulebook',
    summary: 'switch a tenant to a rulebook (R9); the same again appends nothing',
    build: async (io) => (await import('./commands/writes/phone-number.command')).rulebookCommand(io),
  },
  {
    name: 'history',
    summary: "one tenant's audit history, oldest or newest first",
    build: async (io) => (await import('./commands/history.command')).historyCommand(io),
  },
  {
    name: 'quota',
    summary: "one tenant's seats, free allocation, paid seats and terms ending",
    build: async (io) => (await import('./commands/quota.command')).quotaCommand(io),
  },
  {
    name: 'report',
    summary: 'reports: quota, broken-accounts, trend, attention',
    build: async (io) => (await import('./commands/report.command')).reportCommand(io),
  },
  {
    name: 'demo',
    summary: 'write a realistic, deterministic demo data set to the configured store',
    build: async (io) => (await import('./commands/demo.command')).demoCommand(io),
  },
  {
    name: 'replay',
    summary: 'rebuild every projection from the whole log',
    build: async (io) => (await import('./commands/replay.command')).replayCommand(io),
  },
  {
    name: 'projections',
    summary: 'the projections’ health: position, lag, parked events; retry or skip a parked event',
    build: async (io) => (await import('./commands/projections.command')).projectionsCommand(io),
  },
  {
    name: 'import-tenant',
    summary: 'rebuild a tenant from its export (GET /v1/tenants/{tenantId}/export)',
    build: async (io) => (await import('./commands/import-tenant.command')).importTenantCommand(io),
  },
  {
    name: 'reconcile',
    summary: 'the differences between the ledger and a tenant export',
    build: async (io) => (await import('./commands/tenant-import/reconcile.command')).reconcileCommand(io),
  },
  {
    name: 'import',
    summary: 'record the differences with a tenant export as licence activities',
    build: async (io) => (await import('./commands/tenant-import/import.command')).importCommand(io),
  },
  {
    name: 'import-audit',
    summary: "replay the unified audit log's licence changes of resource accounts",
    build: async (io) =>
      (await import('./commands/tenant-import/import-audit.command')).importAuditCommand(io),
  },
  {
    name: 'backup',
    summary: 'copy the embedded store to a new directory, while the service runs',
    build: async (io) => (await import('./commands/backup.command')).backupCommand(io),
  },
  {
    name: 'token',
    summary: 'print a development token signed with the configured secret',
    build: async (io) => (await import('./commands/token.command')).tokenCommand(io),
  },
];

/** The global options that take a value: the word after one is not the command's name. */
const GLOBAL_OPTIONS_WITH_VALUES = new Set(['--data-dir', '--api', '--token', '--actor']);

/** The top-level command a command line names (its first word that is no option nor an option's value). */
export function commandNamed(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const word = argv[index]!;
    if (word === '--') return argv[index + 1];
    if (GLOBAL_OPTIONS_WITH_VALUES.has(word)) index += 1;
    else if (!word.startsWith('-')) return word;
  }
  return undefined;
}
