import type { LedgerProjection } from '../runner/projection';
import type { ProjectedEvent } from '../runner/projected-event';

/**
 * Test support: `projection` itself, with `afterApply` called after each batch it applies (inside
 * the batch's transaction), to see what a runner hands it and what the rows hold meanwhile.
 */
export function observed(
  projection: LedgerProjection,
  afterApply: (batch: readonly ProjectedEvent[]) => void,
): LedgerProjection {
  return {
    name: projection.name,
    resetSql: projection.resetSql,
    prepare: (batch) => projection.prepare(batch),
    apply: (batch) => {
      projection.apply(batch);
      afterApply(batch);
    },
    reset: () => projection.reset(),
    rolledBack: () => projection.rolledBack?.(),
    committed: () => projection.committed?.(),
    rebuilt: () => projection.rebuilt?.(),
  };
}
