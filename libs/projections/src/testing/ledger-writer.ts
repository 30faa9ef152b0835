import type {
  AllFilter,
  AllSubscription,
  EventStore,
  EventToAppend,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StoreHealth,
  SubscribeToAllOptions,
} from '@ledger/event-store';
import {
  ACCOUNT_STATUSES,
  complianceCountsOfState,
  decide,
  decodeLedgerEvent,
  evolveRecorded,
  initialTenantState,
  quotaOf,
  tenantStreamName,
  type LedgerCommand,
  type LedgerEvent,
  type TenantState,
} from '@ledger/licensing';
import { stampActivity } from '@ledger/runtime';
import type { TenantAsOf, TenantFiguresAsOf } from '../as-of/as-of';
import type { ReadModels } from '../read-models';

export const START = Date.UTC(2026, 0, 1);

let runs = 0;

/**
 * Test support: decides each tenant's commands and appends the accepted ones, one activity per
 * append, tenants interleaved. Activity n occurred `n - skewOf(n)` steps after START (a step is
 * `stepMs`, a second unless told): a skew
 * puts an event before an earlier one of its stream, as when two instances' clocks disagree.
 * Tenant and command ids are unique per call, so every run of a property can share one store.
 */
export async function writeLedger(
  store: EventStore,
  tenants: readonly (readonly LedgerCommand[])[],
  skewOf: (activity: number) => number = () => 0,
  stepMs = 1000,
): Promise<{ tenantIds: string[]; activities: number; states: Map<string, TenantState> }> {
  runs += 1;
  const states = new Map<string, TenantState>();
  const longest = Math.max(0, ...tenants.map((commands) => commands.length));
  let activity = 0;
  for (let step = 0; step < longest; step += 1) {
    for (const [index, commands] of tenants.entries()) {
      const command = commands[step];
      if (command === undefined) continue;
      const tenantId = `run-${runs}-tenant-${index}`;
      const state = states.get(tenantId) ?? initialTenantState();
      const decision = decide(command, state);
      if (!decision.ok || decision.events.length === 0) continue;
      activity += 1;
      const occurredAt = new Date(START + (activity - skewOf(activity)) * stepMs);
      const stamped = stampActivity(decision.events, {
        tenantId,
        commandId: `run-${runs}-command-${activity}`,
        actor: 'property',
        correlationId: `c-${activity}`,
        occurredAt,
      });
      await store.append(tenantStreamName(tenantId), stamped.events, 'any');
      // Folded from what was appended, decoded as the log hands it back: the state every reader must agree with.
      states.set(
        tenantId,
        stamped.events.reduce(
          (folded, appended) => evolveRecorded(folded, decodeLedgerEvent(appended)),
          state,
        ),
      );
    }
  }
  return { tenantIds: [...states.keys()], activities: activity, states };
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

/** The account of a long history, and the phone number it got from event n (n ≥ 1). */
export const LONG_HISTORY_ACCOUNT = 'line';
export const numberOfEvent = (n: number): string => `+4930${String(n).padStart(8, '0')}`;

/**
 * Test support: a tenant with a long history and a small state — event 0 creates one resource
 * account, each later event n gives it the phone number `numberOfEvent(n)` — one event per
 * second from START, appended in chunks. `from`: the first event's number, to add to a history
 * written before.
 */
export async function writeLongHistory(
  store: EventStore,
  tenantId: string,
  events: number,
  from = 0,
): Promise<void> {
  const chunk = 500;
  const end = from + events;
  for (let first = from; first < end; first += chunk) {
    const activities: EventToAppend[] = [];
    for (let n = first; n < Math.min(end, first + chunk); n += 1) {
      const event: LedgerEvent =
        n === 0
          ? {
              type: 'AccountCreated',
              data: {
                accountId: LONG_HISTORY_ACCOUNT,
                displayName: 'Line',
                kind: 'resource',
                resourceType: 'call-queue',
              },
            }
          : {
              type: 'PhoneNumberAssigned',
              data: { accountId: LONG_HISTORY_ACCOUNT, phoneNumber: numberOfEvent(n) },
            };
      activities.push(
        ...stampActivity([event], {
          tenantId,
          commandId: `${tenantId}-event-${n}`,
          actor: 'history',
          correlationId: `c-${n}`,
          occurredAt: new Date(START + n * 1000),
        }).events,
      );
    }
    await store.append(tenantStreamName(tenantId), activities, 'any');
  }
}

/** Everything a reader of a state can observe, maps as their entries in iteration order: comparable with toEqual. */
export function observableState(state: TenantState): Record<string, unknown> {
  return {
    accounts: [...state.accounts.entries()],
    purchases: [...state.purchases.entries()],
    cancelledPurchases: [...state.cancelledPurchases.entries()],
    expiredPurchases: [...state.expiredPurchases.entries()],
    phoneNumberHolders: [...state.phoneNumberHolders.entries()],
    seats: state.seats,
    freeVirtualUserSeats: state.freeVirtualUserSeats,
    rulebook: state.rulebook,
  };
}

/** Everything an as-of answer says, in the same comparable form. */
export function observableAsOf(past: TenantAsOf): unknown {
  return {
    tenantId: past.tenantId,
    revision: past.revision,
    position: past.position,
    ...observableState(past.state),
  };
}

/**
 * What a figures answer (`AsOfReads.allTenants`) must say of the tenant an as-of replay left as
 * `past`, computed with the domain's views alone — the quota view, the compliance counts, the
 * account statuses — not with the incremental tally the projection keeps.
 */
export function expectedFiguresAsOf(past: TenantAsOf): unknown {
  let broken = 0;
  for (const account of past.state.accounts.values()) if (account.status.status === 'broken') broken += 1;
  return {
    tenantId: past.tenantId,
    revision: past.revision,
    position: past.position,
    figures: {
      quota: quotaOf(past.state),
      compliance: complianceCountsOfState(past.state),
      broken,
    },
  };
}

/** A figures answer in the form `expectedFiguresAsOf` gives. */
export function observableFiguresAsOf({ tenantId, revision, position, figures }: TenantFiguresAsOf): unknown {
  return { tenantId, revision, position, figures };
}

/**
 * Test support: the store as it is, counting the events its reads hand out — how much of the log
 * a query really reads.
 */
export class CountingStore implements EventStore {
  eventsRead = 0;

  constructor(private readonly store: EventStore) {}

  readStream(streamName: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent> {
    return this.counting(this.store.readStream(streamName, options));
  }

  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent> {
    return this.counting(this.store.readAll(options));
  }

  append(...args: Parameters<EventStore['append']>): ReturnType<EventStore['append']> {
    return this.store.append(...args);
  }

  subscribeToAll(options?: SubscribeToAllOptions): AllSubscription {
    return this.store.subscribeToAll(options);
  }

  headPosition(filter?: AllFilter): Promise<bigint | null> {
    return this.store.headPosition(filter);
  }

  health(): Promise<StoreHealth> {
    return this.store.health();
  }

  close(): Promise<void> {
    return this.store.close();
  }

  private async *counting(events: AsyncIterable<RecordedEvent>): AsyncGenerator<RecordedEvent> {
    for await (const event of events) {
      this.eventsRead += 1;
      yield event;
    }
  }
}
