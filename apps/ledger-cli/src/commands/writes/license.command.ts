import { Command, Option } from 'commander';
import { SKUS, type Sku } from '@ledger/licensing';
import { tenantPath } from '../../backend/backend';
import type { CliIo } from '../../cli-io';
import { UsageError } from '../../exit-codes';
import { helpExamples } from '../../help-examples';
import { writeCommand, type WriteCommandOptions } from './write-action';

const skuOption = (flags: string, description: string) => new Option(flags, description).choices(SKUS);
const oneSku = (command: Command) =>
  command.addOption(skuOption('--sku <sku>', 'the licence').makeOptionMandatory());

/** `ledger license …`: licences on accounts (SPEC §3). */
export function licenseCommand(io: CliIo): Command {
  return new Command('license')
    .addCommand(
      writeCommand<WriteCommandOptions & { sku: Sku }>(io, {
        name: 'assign',
        summary: 'assign a licence to an account (R4)',
        onAccount: true,
        configure: oneSku,
        writeOf: ([accountId], { sku }, tenantId) => ({
          method: 'POST',
          path: tenantPath(tenantId, 'accounts', accountId!, 'licenses'),
          body: { sku },
          command: { type: 'ChangeLicenses', accountId: accountId!, add: [sku], remove: [] },
        }),
      }),
    )
    .addCommand(
      writeCommand<WriteCommandOptions & { sku: Sku }>(io, {
        name: 'unassign',
        summary: 'remove a licence from an account; the last phone-capable one warns SPLIT_SWAP_RISK (R8)',
        onAccount: true,
        configure: oneSku,
        writeOf: ([accountId], { sku }, tenantId) => ({
          method: 'DELETE',
          path: tenantPath(tenantId, 'accounts', accountId!, 'licenses', sku),
          command: { type: 'ChangeLicenses', accountId: accountId!, add: [], remove: [sku] },
        }),
      }),
    )
    .addCommand(
      writeCommand<WriteCommandOptions & { add?: Sku[]; remove?: Sku[] }>(io, {
        name: 'activity',
        summary: 'add and remove licences on one account as one licence activity (R5)',
        onAccount: true,
        configure: (command) =>
          command
            .addOption(skuOption('--add <sku...>', 'licences to add'))
            .addOption(skuOption('--remove <sku...>', 'licences to remove')),
        writeOf: ([accountId], options, tenantId) => {
          const add = options.add ?? [];
          const remove = options.remove ?? [];
          if (add.length === 0 && remove.length === 0) throw new UsageError('give --add, --remove or both');
          return {
            method: 'POST',
            path: tenantPath(tenantId, 'license-activities'),
            body: { accountId, add, remove },
            command: { type: 'ChangeLicenses', accountId: accountId!, add, remove },
          };
        },
      }),
    )
    .addHelpText(
      'after',
      helpExamples(
        'ledger license assign contoso aa-1 --sku PHONE_SYSTEM_VIRTUAL_USER',
        'ledger license unassign contoso u-7 --sku CALLING_PLAN',
        'ledger license activity contoso aa-1 --remove PHONE_SYSTEM --add PHONE_SYSTEM_VIRTUAL_USER',
      ),
    );
}

/** `ledger swap`: one licence for another in one activity, one LicenseSwapped event (R5). */
export function swapCommand(io: CliIo): Command {
  return writeCommand<WriteCommandOptions & { from: Sku; to: Sku }>(io, {
    name: 'swap',
    onAccount: true,
    configure: (command) =>
      command
        .addOption(skuOption('--from <sku>', 'the licence removed').makeOptionMandatory())
        .addOption(skuOption('--to <sku>', 'the licence assigned').makeOptionMandatory())
        .addHelpText(
          'after',
          helpExamples('ledger swap contoso aa-1 --from PHONE_SYSTEM --to PHONE_SYSTEM_VIRTUAL_USER'),
        ),
    writeOf: ([accountId], { from, to }, tenantId) => ({
      method: 'POST',
      path: tenantPath(tenantId, 'accounts', accountId!, 'license-swap'),
      body: { fromSku: from, toSku: to },
      command: { type: 'ChangeLicenses', accountId: accountId!, add: [to], remove: [from] },
    }),
  });
}
