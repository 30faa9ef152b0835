import { Argument, Command } from 'commander';
import { RULEBOOKS, type Rulebook } from '@ledger/licensing';
import { tenantPath } from '../../backend/backend';
import type { CliIo } from '../../cli-io';
import { helpExamples } from '../../help-examples';
import { phoneNumber } from '../../option-parsers';
import { writeCommand } from './write-action';

/** `ledger phone-number …` (SPEC §3). */
export function phoneNumberCommand(io: CliIo): Command {
  return new Command('phone-number')
    .addCommand(
      writeCommand(io, {
        name: 'set',
        summary: 'assign a phone number; needs a phone-capable licence (R1, R8)',
        onAccount: true,
        configure: (command) => command.argument('<number>', 'E.164, e.g. +14255550100', phoneNumber),
        writeOf: ([accountId, number], _options, tenantId) => ({
          method: 'PUT',
          path: tenantPath(tenantId, 'accounts', accountId!, 'phone-number'),
          body: { phoneNumber: number },
          command: { type: 'AssignPhoneNumber', accountId: accountId!, phoneNumber: number! },
        }),
      }),
    )
    .addCommand(
      writeCommand(io, {
        name: 'release',
        summary: "release the account's phone number",
        onAccount: true,
        writeOf: ([accountId], _options, tenantId) => ({
          method: 'DELETE',
          path: tenantPath(tenantId, 'accounts', accountId!, 'phone-number'),
          command: { type: 'ReleasePhoneNumber', accountId: accountId! },
        }),
      }),
    )
    .addHelpText(
      'after',
      helpExamples(
        'ledger phone-number set contoso aa-1 +14255550100',
        'ledger phone-number release contoso aa-1',
      ),
    );
}

/** `ledger rulebook`: PUT /v1/tenants/{tenantId}/rulebook (R9; a global admin through the API). */
export function rulebookCommand(io: CliIo): Command {
  return writeCommand(io, {
    name: 'rulebook',
    configure: (command) =>
      command.addArgument(
        new Argument('<rulebook>', 'the rules the tenant is governed by').choices(RULEBOOKS),
      ),
    writeOf: ([rulebook], _options, tenantId) => ({
      method: 'PUT',
      path: tenantPath(tenantId, 'rulebook'),
      body: { rulebook },
      command: { type: 'AdoptRulebook', rulebook: rulebook as Rulebook },
    }),
  });
}
