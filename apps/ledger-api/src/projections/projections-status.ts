import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@ledger/event-store';
import {
  LedgerProjections,
  projectionsDegraded,
  projectionsStatusOf,
  type ProjectionsStatus,
} from '@ledger/projections';
import { EVENT_STORE } from '../store/event-store.tokens';

/** The read side's own health: what the admin route and /health report (SPEC §5). */
@Injectable()
export class ProjectionsHealth {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: LedgerProjections,
  ) {}

  get degraded(): boolean {
    return projectionsDegraded(this.projections.runner);
  }

  status(): Promise<ProjectionsStatus> {
    return projectionsStatusOf(this.store, this.projections.runner);
  }
}
