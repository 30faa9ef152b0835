import { Command, Option } from 'commander';
import { MAX_PURCHASE_QUANTITY, SKUS, type Sku } from '@ledger/licensing';
import { newPurchaseId } from '@ledger/runtime/activity/activity-ids';
import { tenantPath } from '../../backend/backend';
import { nowOf, type CliIo } from '../../cli-io';
import { UsageError } from '../../exit-codes';
import { helpExamples } from '../../help-examples';
import { integerIn, isoInstant, purchaseId } from '../../option-parsers';
import { writeCommand, type WriteCommandOptions } from './write-action';

interface PurchaseOptions extends WriteCommandOptions {
  readonly sku: Sku;
  readonly quantity: number;
  readonly endsAt?: string;
  readonly trial?: boolean;
}

const purchaseArgument = (command: Command) =>
  command.argument('<purchaseId>', 'the purchase, as `purchase` answered it', purchaseId);

/** `ledger purchase`: POST /v1/tenants/{tenantId}/purchases (R2, R3, R10, R13). */
export function purchaseCommand(io: CliIo): Command {
  return writeCommand<PurchaseOptions>(io, {
    name: 'purchase',
    configure: (command) =>
      command
        .addOption(new Option('--sku <sku>', 'the SKU').choices(SKUS).makeOptionMandatory())
        .addOption(
          new Option('--quantity <n>', 'how many seats')
            .argParser(integerIn(1, MAX_PURCHASE_QUANTITY))
            .makeOptionMandatory(),
        )
        .addOption(
          new Option('--ends-at <instant>', 'a subscription term ending then (R13)').argParser(isoInstant),
        )
        .addOption(new Option('--trial', 'the term is a trial (needs --ends-at)'))
        .addHelpText(
          'after',
          helpExamples(
            'ledger purchase contoso --sku PHONE_SYSTEM --quantity 10',
            'ledger purchase contoso --sku PHONE_SYSTEM_VIRTUAL_USER --quantity 5 --ends-at 2027-06-30 --trial',
            'ledger purchase contoso --sku E5 --quantity 2 --api https://ledger.example.com --token "$TOKEN"',
          ),
        ),
    writeOf: (_args, options, tenantId) => {
      if (options.trial === true && options.endsAt === undefined) {
        throw new UsageError('--trial needs --ends-at: a trial is a term');
      }
      const term =
        options.endsAt === undefined ? undefined : { endsAt: options.endsAt, trial: options.trial === true };
      const seats = { sku: options.sku, quantity: options.quantity };
      return {
        method: 'POST',
        path: tenantPath(tenantId, 'purchases'),
        body: { ...seats, ...(term === undefined ? {} : { term }) },
        command: {
          type: 'PurchaseLicenses',
          purchaseId: newPurchaseId(),
          ...seats,
          // R13: a term's end must be after the instant of the decision.
          ...(term === undefined ? {} : { term, now: nowOf(io).toISOString() }),
        },
      };
    },
  });
}

/** `ledger cancel-purchase`: DELETE /v1/tenants/{tenantId}/purchases/{purchaseId} (R4: not seats in use). */
export function cancelPurchaseCommand(io: CliIo): Command {
  return writeCommand(io, {
    name: 'cancel-purchase',
    configure: purchaseArgument,
    writeOf: ([id], _options, tenantId) => ({
      method: 'DELETE',
      path: tenantPath(tenantId, 'purchases', id!),
      command: { type: 'CancelPurchase', purchaseId: id! },
    }),
  });
}

/** `ledger renew`: POST /v1/tenants/{tenantId}/purchases/{purchaseId}/renewal (R13). */
export function renewCommand(io: CliIo): Command {
  return writeCommand<WriteCommandOptions & { endsAt: string }>(io, {
    name: 'renew',
    configure: (command) =>
      purchaseArgument(command).addOption(
        new Option('--ends-at <instant>', 'the new end').argParser(isoInstant).makeOptionMandatory(),
      ),
    writeOf: ([id], { endsAt }, tenantId) => ({
      method: 'POST',
      path: tenantPath(tenantId, 'purchases', id!, 'renewal'),
      body: { endsAt },
      command: { type: 'RenewSubscription', purchaseId: id!, endsAt, now: nowOf(io).toISOString() },
    }),
  });
}
