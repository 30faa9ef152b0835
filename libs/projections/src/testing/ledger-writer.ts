import type { EventStore } from '@ledger/event-store';
import {
  ACCOUNT_STATUSES,
  decide,
  evolve,
  initialTenantState,
  tenantStreamName,
  type LedgerCommand,
  type TenantState,
} from '@ledger/licensing';
import { stampActivity } from '@ledger/runtime';
import type { ReadModels } from '../read-models';

const START = Date.UTC(2026, 0, 1);

/** Tenant and command ids are unique per call: tests may write several ledgers into one store. */
let runs = 0;

/**
 * Decides each tenant's commands and appends the accepted ones, one activity per append, tenants
 * interleaved; answers each tenant's state as the domain folds it.
 */
export async function writeLedger(
  store: EventStore,
  tenants: readonly LedgerCommand[][],
): Promise<Map<string, TenantState>> {
  runs += 1;
  const states = new Map<string, TenantState>();
  const longest = Math.max(...tenants.map((commands) => commands.length));
  let tick = 0;
  for (let step = 0; step < longest; step += 1) {
    for (const [index, commands] of tenants.entries()) {
      const command = commands[step];
      if (command === undefined) continue;
      const tenantId = `run-${runs}-tenant-${index}`;
      const state = states.get(tenantId) ?? initialTenantState();
      const decision = decide(command, state);
      if (!decision.ok || decision.events.length === 0) continue;
      tick += 1;
      const occurredAt = new Date(START + tick * 1000);
      const activity = stampActivity(decision.events, {
        tenantId,
        commandId: `run-${runs}-command-${tick}`,
        actor: 'property',
        correlationId: `c-${tick}`,
        occurredAt,
      });
      await store.append(tenantStreamName(tenantId), activity.events, 'any');
      states.set(
        tenantId,
        decision.events.reduce(
          (folded, event) =>
            evolve(folded, { event, activityId: activity.activityId, occurredAt: occurredAt.toISOString() }),
          state,
        ),
      );
    }
  }
  return states;
}

/** `count` users created in each of `tenants` tenants: one event per activity, a known number of events. */
export function usersInTenants(tenants: number, count: number): LedgerCommand[][] {
  return Array.from({ length: tenants }, () =>
    Array.from({ length: count }, (_, index) => ({
      type: 'CreateAccount' as const,
      accountId: `user-${index}`,
      displayName: `User ${index}`,
      kind: 'user' as const,
    })),
  );
}

/** Everything a reader can see, in a comparable form. */
export function dump(readModels: ReadModels, tenantIds: readonly string[]): unknown {
  return {
    quotas: [...readModels.allQuotas()],
    accounts: ACCOUNT_STATUSES.map((status) => [...readModels.accountsWithStatus(status)]),
    history: tenantIds.map((tenantId) => readModels.history(tenantId, { limit: 1000 })),
  };
}
