import { Command, Option } from 'commander';
import { jwtSecretOf, ROLES, signDevToken, type Role } from '@ledger/runtime';
import type { CliIo } from '../cli-io';
import { DATA_FORMATS, writeData, type DataFormat } from '../data-output';
import { UsageError } from '../exit-codes';
import { helpExamples } from '../help-examples';
import { configOf } from '../ledger-context';
import { durationSeconds, ledgerId } from '../option-parsers';

interface TokenOptions {
  readonly role: Role;
  readonly tenant?: string;
  readonly subject?: string;
  readonly expiresIn: number;
  readonly format?: DataFormat;
}

/** The claims the API reads (SPEC §3), in the order a table shows them. */
const TOKEN_COLUMNS = ['token', 'sub', 'roles', 'tid', 'iat', 'exp'] as const;

/** The token's payload: the claims it carries, read back from what was signed. */
function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

export function tokenCommand(io: CliIo): Command {
  return new Command('token')
    .description(
      'Prints a JWT (HS256) the API accepts, signed with LEDGER_JWT_SECRET, or with the development secret ' +
        'kept in the data dir when none is set (the one the API uses then). The secret itself is never printed. ' +
        'Claims (SPEC §3): sub, roles and, for tenant roles, tid.',
    )
    .addOption(new Option('--role <role>', 'the role the token grants').choices(ROLES).makeOptionMandatory())
    .addOption(
      new Option('--tenant <tenantId>', 'the tenant (required for tenant-admin and auditor)').argParser(
        ledgerId,
      ),
    )
    .addOption(new Option('--subject <sub>', 'the actor recorded on writes (default: cli-<role>[@<tenant>])'))
    .addOption(
      new Option('--expires-in <duration>', 'lifetime: 90s, 30m, 12h, 7d (at most 366d)')
        .argParser(durationSeconds)
        .default(7 * 86_400, '7d'),
    )
    .addOption(
      new Option(
        '--format <format>',
        'without it, the bare token (for TOKEN=$(…)); json: {token, ...claims}; table or csv: the token and its claims as one row',
      ).choices(DATA_FORMATS),
    )
    .addHelpText(
      'after',
      helpExamples(
        'ledger token --role global-admin',
        'TOKEN=$(ledger token --role tenant-admin --tenant t1 --expires-in 12h)',
        'ledger token --role auditor --tenant t1 --format json',
        'ledger quota t1 --api http://localhost:3000 --token "$TOKEN"',
      ),
    )
    .action(async (options: TokenOptions, command: Command) => {
      const tenantRole = options.role !== 'global-admin';
      if (tenantRole && options.tenant === undefined) {
        throw new UsageError(`a ${options.role} token needs --tenant: tenant roles act on one tenant only`);
      }
      if (!tenantRole && options.tenant !== undefined) {
        throw new UsageError('a global-admin token is not bound to a tenant: drop --tenant');
      }
      const subject =
        options.subject ?? `cli-${options.role}${options.tenant === undefined ? '' : `@${options.tenant}`}`;
      if (subject.trim().length === 0) throw new UsageError('--subject must not be blank');
      const config = configOf(io, command);
      const token = signDevToken(jwtSecretOf(config), {
        subject,
        roles: [options.role],
        ...(options.tenant === undefined ? {} : { tenantId: options.tenant }),
        expiresInSeconds: options.expiresIn,
      });
      if (options.format === undefined) return void io.stdout.write(`${token}\n`);
      const claims = { token, ...claimsOf(token) };
      await writeData(io, options.format, { json: claims, columns: TOKEN_COLUMNS, rows: [claims] });
    });
}
