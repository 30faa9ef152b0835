/** Where the adapter reports subscription drops and recoveries (Nest's Logger fits, so does console). */
export interface EventStoreDbLogger {
  log(message: string): void;
  warn(message: string): void;
}

export interface EventStoreDbEventStoreOptions {
  /** LEDGER_EVENTSTORE_URL, e.g. `esdb://localhost:2113?tls=false` or a cluster's `esdb+discover://…`. */
  readonly connectionString: string;
  /**
   * Longest wait for one answer: an append, a checkpoint, the next message of a read, a subscription's
   * confirmation. Past it the call fails with StoreUnavailableError (the API answers 503). Default 5000 ms.
   */
  readonly callTimeoutMs?: number;
  /** health() answers within this. Default 1500 ms. */
  readonly healthTimeoutMs?: number;
  /** First pause before resubscribing after a drop; doubles per consecutive failure. Default 200 ms. */
  readonly reconnectInitialDelayMs?: number;
  /** Longest pause between resubscription attempts. Default 10000 ms. */
  readonly reconnectMaxDelayMs?: number;
  readonly logger?: EventStoreDbLogger;
}

export interface ResolvedEventStoreDbOptions {
  readonly connectionString: string;
  readonly callTimeoutMs: number;
  readonly healthTimeoutMs: number;
  readonly reconnectInitialDelayMs: number;
  readonly reconnectMaxDelayMs: number;
  readonly logger: EventStoreDbLogger;
}

export function resolveOptions(options: EventStoreDbEventStoreOptions): ResolvedEventStoreDbOptions {
  return {
    connectionString: options.connectionString,
    callTimeoutMs: positive(options.callTimeoutMs, 5000, 'callTimeoutMs'),
    healthTimeoutMs: positive(options.healthTimeoutMs, 1500, 'healthTimeoutMs'),
    reconnectInitialDelayMs: positive(options.reconnectInitialDelayMs, 200, 'reconnectInitialDelayMs'),
    reconnectMaxDelayMs: positive(options.reconnectMaxDelayMs, 10_000, 'reconnectMaxDelayMs'),
    logger: options.logger ?? console,
  };
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0)
    throw new RangeError(`${name} must be a positive number of milliseconds`);
  return value;
}
