import { Injectable } from '@nestjs/common';
import { LedgerProjections } from '@ledger/projections';
import type { IndexedKeyedActivity, KeyedActivityIndex } from '@ledger/runtime';

/**
 * How long a keyed write waits for the index to reach the keys its write model forgot. The
 * projections normally trail the log by one live batch; past this, the write model scans the
 * tenant's stream instead: a slow read side never refuses a write.
 */
const INDEX_CATCH_UP_TIMEOUT_MS = 1_000;

/** The write side's index of older Idempotency-Keys, served by the projections' keyed-activities table. */
@Injectable()
export class ProjectedKeyedActivities implements KeyedActivityIndex {
  constructor(private readonly projections: LedgerProjections) {}

  async find(
    tenantId: string,
    idempotencyKey: string,
    coveringPosition: bigint,
  ): Promise<IndexedKeyedActivity | undefined | 'not-covered'> {
    if (!(await this.projections.runner.waitFor(coveringPosition, INDEX_CATCH_UP_TIMEOUT_MS))) {
      return 'not-covered';
    }
    return this.projections.readModels.keyedActivity(tenantId, idempotencyKey) ?? undefined;
  }
}
