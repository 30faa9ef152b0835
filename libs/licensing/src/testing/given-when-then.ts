/**
 * Specifications read as: given these activities, when this command, then these events (or
 * this refusal). Test support only; it asserts with node:assert so it needs no test runner types.
 */
import { deepStrictEqual, fail } from 'node:assert/strict';
import type { LedgerCommand } from '../decider/commands';
import { decide, type DecideResult } from '../decider/decider';
import type { DomainError, DomainErrorCode } from '../decider/domain-error';
import { evolve } from '../state/evolve';
import type { LedgerEvent, LedgerEventEnvelope } from '../events/events';
import { initialTenantState } from '../state/initial-state';
import type { AccountState, TenantState } from '../state/tenant-state';
import type { LedgerWarning } from '../split-swap/warnings';

/** One given activity: a command that must be accepted, or events recorded as they are. */
export type GivenStep = LedgerCommand | LedgerEvent | readonly LedgerEvent[];

const START = Date.UTC(2026, 0, 1);

/** Activity n of a scenario: `activity-n`, n minutes after the start. */
export function activityFacts(n: number): { readonly activityId: string; readonly occurredAt: string } {
  return { activityId: `activity-${n}`, occurredAt: new Date(START + n * 60_000).toISOString() };
}

function isEvent(step: LedgerCommand | LedgerEvent): step is LedgerEvent {
  return 'data' in step;
}

export class Scenario {
  constructor(
    readonly state: TenantState,
    /** Every event so far, with its activity. */
    readonly history: readonly LedgerEventEnvelope[],
    private readonly activities: number,
  ) {}

  /** More given activities. */
  and(...steps: GivenStep[]): Scenario {
    return steps.reduce<Scenario>((scenario, step) => scenario.givenStep(step), this);
  }

  private givenStep(step: GivenStep): Scenario {
    if (Array.isArray(step)) return this.appended(step as readonly LedgerEvent[]);
    const single = step as LedgerCommand | LedgerEvent;
    if (isEvent(single)) return this.appended([single]);
    const result = decide(single, this.state);
    if (!result.ok) fail(`given ${single.type} was refused: ${result.error.code} ${result.error.message}`);
    return this.appended(result.events);
  }

  when(command: LedgerCommand): Outcome {
    return new Outcome(this, decide(command, this.state));
  }

  account(accountId: string): AccountState {
    return this.state.accounts.get(accountId) ?? fail(`no live account ${accountId}`);
  }

  /** The events appended as the next activity. */
  appended(events: readonly LedgerEvent[]): Scenario {
    const n = this.activities + 1;
    const envelopes = events.map((event) => ({ event, ...activityFacts(n) }));
    const state = envelopes.reduce(evolve, this.state);
    return new Scenario(state, [...this.history, ...envelopes], n);
  }
}

export class Outcome {
  constructor(
    readonly before: Scenario,
    readonly result: DecideResult,
  ) {}

  get events(): LedgerEvent[] {
    if (!this.result.ok)
      fail(`expected acceptance, got ${this.result.error.code}: ${this.result.error.message}`);
    return this.result.events;
  }

  get warnings(): LedgerWarning[] {
    if (!this.result.ok)
      fail(`expected acceptance, got ${this.result.error.code}: ${this.result.error.message}`);
    return this.result.warnings;
  }

  /** Accepted, with exactly these events in this order. */
  thenEvents(...expected: LedgerEvent[]): this {
    deepStrictEqual(this.events, expected);
    return this;
  }

  /** Accepted, with warnings of exactly these codes for these accounts. */
  thenWarnings(...expected: readonly { code: LedgerWarning['code']; accountId: string }[]): this {
    deepStrictEqual(
      this.warnings.map(({ code, accountId }) => ({ code, accountId })),
      expected.map(({ code, accountId }) => ({ code, accountId })),
    );
    return this;
  }

  /** Refused with `code`; `details`, when given, must be part of the error's details. */
  thenError(code: DomainErrorCode, details?: Readonly<Record<string, unknown>>): DomainError {
    if (this.result.ok)
      fail(`expected ${code}, got events ${this.result.events.map((e) => e.type).join(', ')}`);
    const { error } = this.result;
    deepStrictEqual(error.code, code, `expected ${code}, got ${error.code}: ${error.message}`);
    if (details !== undefined) {
      const actual = Object.fromEntries(Object.keys(details).map((key) => [key, error.details?.[key]]));
      deepStrictEqual(actual, details);
    }
    return error;
  }

  /** The scenario once the accepted events are appended as the next activity. */
  afterwards(): Scenario {
    return this.before.appended(this.events);
  }
}

export function given(...steps: GivenStep[]): Scenario {
  return new Scenario(initialTenantState(), [], 0).and(...steps);
}
