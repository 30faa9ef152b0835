import { Command, InvalidArgumentError, Option } from 'commander';
import { ledgerId } from '../../option-parsers';
import type { WriteAnswer } from '@ledger/runtime';
import { apiOf, withBackend } from '../../backend/backend-of';
import type { WriteOptions, WriteRequest } from '../../backend/backend';
import type { CliIo } from '../../cli-io';
import { dataFormatOption, writeData, type DataFormat } from '../../data-output';
import { UsageError } from '../../exit-codes';

export interface WriteCommandOptions {
  readonly idempotencyKey?: string;
  readonly ifMatch?: bigint | null;
  readonly format: DataFormat;
}

/** `--if-match`: a revision as a write answered it (its ETag), `-1` for a tenant without events. */
function revision(value: string): bigint | null {
  const match = /^"?(-1|0|[1-9][0-9]{0,17})"?$/.exec(value.trim());
  if (match === null)
    throw new InvalidArgumentError('expected a revision, as a write answers it (e.g. 12, or -1).');
  return match[1] === '-1' ? null : BigInt(match[1]!);
}

/** SPEC §3: Idempotency-Key is 1 to 200 printable ASCII characters without spaces. */
function idempotencyKey(value: string): string {
  if (!/^[\x21-\x7e]{1,200}$/.test(value)) {
    throw new InvalidArgumentError('expected 1 to 200 printable ASCII characters without spaces.');
  }
  return value;
}

/** The options of every write: the write headers of SPEC §3, the local actor, the output format. */
export function withWriteOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        '--idempotency-key <key>',
        'the same key and request again: the same answer, nothing appended',
      ).argParser(idempotencyKey),
    )
    .addOption(
      new Option(
        '--if-match <revision>',
        'refuse (CONCURRENCY_CONFLICT) if the tenant moved past this revision',
      ).argParser(revision),
    )
    .addOption(dataFormatOption());
}

const ANSWER_COLUMNS = ['activityId', 'revision', 'events', 'warnings', 'purchaseId'] as const;

/** A write's answer as one row: the warnings by code and message. */
function answerRow(answer: WriteAnswer): Record<string, unknown> {
  return {
    ...answer,
    warnings: answer.warnings.map((warning) => `${warning.code}: ${warning.message}`).join('; '),
  };
}

/**
 * Records one licence activity through the backend asked for and prints what the ledger answered
 * (activityId, revision, events, warnings; purchaseId for a purchase), the same from either backend.
 */
export async function runWrite(
  io: CliIo,
  command: Command,
  options: WriteCommandOptions,
  request: WriteRequest,
): Promise<void> {
  if (command.optsWithGlobals<{ actor?: string }>().actor !== undefined && apiOf(io, command) !== undefined) {
    throw new UsageError(
      '--actor is for writes to the store here: through --api the token’s subject is the actor',
    );
  }
  const headers: WriteOptions = {
    ...(options.idempotencyKey === undefined ? {} : { idempotencyKey: options.idempotencyKey }),
    ...(options.ifMatch === undefined ? {} : { ifMatch: options.ifMatch }),
  };
  const answer = await withBackend(io, command, (backend) => backend.write(request, headers));
  await writeData(io, options.format, { json: answer, columns: ANSWER_COLUMNS, rows: [answerRow(answer)] });
}

/** What a write command asks, from its arguments after the tenant and its options. */
export type WriteOf<Options> = (
  args: readonly string[],
  options: Options,
  tenantId: string,
) => Omit<WriteRequest, 'tenantId'>;

/**
 * A write command: `<tenant>` (and `<accountId>` for a write on one account) first, the write
 * options, and an action that records what `writeOf` asks and prints the answer. `configure` adds
 * the command's own arguments and options.
 */
export function writeCommand<Options extends WriteCommandOptions>(
  io: CliIo,
  spec: {
    readonly name: string;
    /** For a subcommand; a top-level command's summary is in the command catalogue. */
    readonly summary?: string;
    readonly onAccount?: boolean;
    readonly configure?: (command: Command) => Command;
    readonly writeOf: WriteOf<Options>;
  },
): Command {
  let command = new Command(spec.name).argument('<tenant>', 'the tenant id', ledgerId);
  if (spec.summary !== undefined) command = command.summary(spec.summary);
  if (spec.onAccount === true) command = command.argument('<accountId>', 'the account', ledgerId);
  command = withWriteOptions(spec.configure?.(command) ?? command);
  return command.action(async (...params: unknown[]) => {
    const self = params.at(-1) as Command;
    const options = params.at(-2) as Options;
    const [tenantId, ...args] = params.slice(0, -2) as string[];
    await runWrite(io, self, options, { tenantId: tenantId!, ...spec.writeOf(args, options, tenantId!) });
  });
}
