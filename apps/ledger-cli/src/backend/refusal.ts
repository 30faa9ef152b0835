import type { ApplicationErrorBody } from '@ledger/runtime';
import { CommandFailure } from '../exit-codes';

/**
 * The ledger refused (SPEC §3 error body): from the API, or from the write path run here. Shown as
 * the console shows it, the code with the status, the message, then the details: exit 1.
 */
export class Refusal extends CommandFailure {
  constructor(readonly body: ApplicationErrorBody) {
    super(
      `${body.error} (HTTP ${body.statusCode}): ${body.message}` +
        (body.details === undefined ? '' : `\n  details: ${JSON.stringify(body.details)}`),
    );
  }
}
