import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@ledger/event-store';
import { TENANT_STREAM_PREFIX } from '@ledger/licensing';
import { LedgerProjections, type ReadModels } from '@ledger/projections';
import { LedgerHttpError } from '../http/ledger-http-error';
import { EVENT_STORE } from '../store/event-store.tokens';

/** How long a read waits for the projections to reach the log's head before answering 503. */
const CATCH_UP_TIMEOUT_MS = 5_000;

/**
 * Read-your-writes: a read first waits until the projections have applied everything the log
 * held when the read arrived, so a client never reads a state older than its own last write.
 */
@Injectable()
export class ConsistentReads {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: LedgerProjections,
  ) {}

  async readModels(): Promise<ReadModels> {
    const head = await this.store.headPosition({ streamPrefix: TENANT_STREAM_PREFIX });
    if (!(await this.projections.runner.waitFor(head, CATCH_UP_TIMEOUT_MS))) {
      throw LedgerHttpError.of(
        503,
        'PROJECTIONS_BEHIND',
        'The read models are catching up with the log; try again shortly',
      );
    }
    return this.projections.readModels;
  }
}
