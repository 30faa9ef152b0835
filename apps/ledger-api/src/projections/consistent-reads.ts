import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@ledger/event-store';
import { TENANT_STREAM_PREFIX, tenantStreamName } from '@ledger/licensing';
import { LedgerProjections, type ReadModels } from '@ledger/projections';
import { ProjectionParked, ProjectionsBehind } from '../errors/application-errors';
import { EVENT_STORE } from '../store/event-store.tokens';

/** How long a read waits for the projections to reach the log's head before answering PROJECTIONS_BEHIND (503). */
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
      throw new ProjectionsBehind();
    }
    return this.projections.readModels;
  }

  /**
   * One tenant's read models. A tenant with a parked event (SPEC §5) answers
   * PROJECTION_PARKED (503): its views stopped at the revision before that event (they are a fold of
   * its whole stream; folding on without it would show a state the log never had), so they are
   * not served as current until a global admin retries or skips it. Other tenants read on.
   */
  async readModelsOf(tenantId: string): Promise<ReadModels> {
    const readModels = await this.readModels();
    if (this.projections.runner.parked.isStreamHeld(tenantStreamName(tenantId))) {
      throw new ProjectionParked();
    }
    return readModels;
  }
}
