import { Command, Option } from 'commander';
import {
  ACCOUNT_STATUSES,
  COMPLIANCE_FLAGS,
  RESOURCE_TYPES,
  type AccountStatusName,
  type ComplianceFlag,
  type ResourceType,
} from '@ledger/licensing';
import { tenantPath } from '../../backend/backend';
import { withBackend } from '../../backend/backend-of';
import type { CliIo } from '../../cli-io';
import { dataFormatOption, writeData, type DataFormat } from '../../data-output';
import { UsageError } from '../../exit-codes';
import { helpExamples } from '../../help-examples';
import { displayName, ledgerId } from '../../option-parsers';
import { writeCommand, type WriteCommandOptions } from './write-action';

const ACCOUNT_COLUMNS = [
  'accountId',
  'displayName',
  'kind',
  'resourceType',
  'licenses',
  'phoneNumber',
  'status',
  'compliance',
] as const;

interface CreateOptions extends WriteCommandOptions {
  readonly name: string;
  readonly kind: 'user' | 'resource';
  readonly resourceType?: ResourceType;
}

function createCommand(io: CliIo): Command {
  return writeCommand<CreateOptions>(io, {
    name: 'create',
    summary: 'create a user or resource account',
    onAccount: true,
    configure: (command) =>
      command
        .addOption(
          new Option('--name <displayName>', 'its display name').argParser(displayName).makeOptionMandatory(),
        )
        .addOption(
          new Option('--kind <kind>', 'a person or a resource account')
            .choices(['user', 'resource'])
            .makeOptionMandatory(),
        )
        .addOption(new Option('--resource-type <type>', 'for a resource account').choices(RESOURCE_TYPES)),
    writeOf: ([accountId], options, tenantId) => {
      if (options.kind === 'user' && options.resourceType !== undefined) {
        throw new UsageError('--resource-type is for resource accounts (--kind resource)');
      }
      const fields = {
        accountId: accountId!,
        displayName: options.name,
        kind: options.kind,
        ...(options.resourceType === undefined ? {} : { resourceType: options.resourceType }),
      };
      return {
        method: 'POST',
        path: tenantPath(tenantId, 'accounts'),
        body: fields,
        command: { type: 'CreateAccount', ...fields },
      };
    },
  });
}

function deleteCommand(io: CliIo): Command {
  return writeCommand(io, {
    name: 'delete',
    summary: 'delete an account, releasing its number and licences first (R7)',
    onAccount: true,
    writeOf: ([accountId], _options, tenantId) => ({
      method: 'DELETE',
      path: tenantPath(tenantId, 'accounts', accountId!),
      command: { type: 'DeleteAccount', accountId: accountId! },
    }),
  });
}

function replaceCommand(io: CliIo): Command {
  return writeCommand<WriteCommandOptions & { newAccountId: string; name?: string }>(io, {
    name: 'replace',
    summary:
      'replace a (broken) resource account: a new one with the Virtual User licence and the number (R6)',
    onAccount: true,
    configure: (command) =>
      command
        .addOption(
          new Option('--new-account-id <id>', 'the new account').argParser(ledgerId).makeOptionMandatory(),
        )
        .addOption(
          new Option('--name <displayName>', "the new account's name (default: the old one's)").argParser(
            displayName,
          ),
        ),
    writeOf: ([accountId], options, tenantId) => {
      const fields = {
        newAccountId: options.newAccountId,
        ...(options.name === undefined ? {} : { displayName: options.name }),
      };
      return {
        method: 'POST',
        path: tenantPath(tenantId, 'accounts', accountId!, 'replacement'),
        body: fields,
        command: { type: 'ReplaceAccount', accountId: accountId!, ...fields },
      };
    },
  });
}

function showCommand(io: CliIo): Command {
  return new Command('show')
    .summary('one account: licences, number, status and what broke it')
    .argument('<tenant>', 'the tenant id', ledgerId)
    .argument('<accountId>', 'the account', ledgerId)
    .addOption(dataFormatOption())
    .action(
      async (tenantId: string, accountId: string, options: { format: DataFormat }, command: Command) => {
        const account = await withBackend(io, command, (backend) => backend.account(tenantId, accountId));
        await writeData(io, options.format, { json: account, columns: ACCOUNT_COLUMNS, rows: [account] });
      },
    );
}

function listCommand(io: CliIo): Command {
  return new Command('list')
    .summary("the tenant's accounts, optionally by status (R6) and compliance flag (R11, R12)")
    .argument('<tenant>', 'the tenant id', ledgerId)
    .addOption(new Option('--status <status>', 'only accounts with this status').choices(ACCOUNT_STATUSES))
    .addOption(
      new Option('--compliance <flag>', 'only accounts flagged so (R11, R12)').choices(COMPLIANCE_FLAGS),
    )
    .addHelpText(
      'after',
      helpExamples(
        'ledger account list contoso --status broken --format csv',
        'ledger account list contoso --compliance UNLICENSED --api https://ledger.example.com --token "$TOKEN"',
      ),
    )
    .addOption(dataFormatOption())
    .action(
      async (
        tenantId: string,
        options: { format: DataFormat; status?: AccountStatusName; compliance?: ComplianceFlag },
        command: Command,
      ) => {
        const { status, compliance } = options;
        const answer = await withBackend(io, command, (backend) =>
          backend.accounts(tenantId, { status, compliance }),
        );
        await writeData(io, options.format, {
          json: answer,
          columns: ACCOUNT_COLUMNS,
          rows: answer.accounts,
        });
      },
    );
}

/** `ledger account …`: the accounts of a tenant, read and written (SPEC §3). */
export function accountCommand(io: CliIo): Command {
  return new Command('account')
    .addCommand(createCommand(io))
    .addCommand(deleteCommand(io))
    .addCommand(replaceCommand(io))
    .addCommand(showCommand(io))
    .addCommand(listCommand(io))
    .addHelpText(
      'after',
      helpExamples(
        'ledger account create contoso aa-1 --name "Main line" --kind resource --resource-type auto-attendant',
        'ledger account show contoso aa-1 --format json',
        'ledger account list contoso --status broken --format csv',
        'ledger account replace contoso aa-1 --new-account-id aa-2',
      ),
    );
}
