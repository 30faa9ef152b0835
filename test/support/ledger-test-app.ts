import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { EventStore } from '@ledger/event-store';
import { createLedgerApp } from '../../apps/ledger-api/src/app.factory';
import type { LedgerAppOptions } from '../../apps/ledger-api/src/app.module';
import { parseLedgerConfig } from '@ledger/runtime';
import { EVENT_STORE } from '../../apps/ledger-api/src/store/event-store.tokens';
import { startEventStoreDbTestServer, type EventStoreDbTestServer } from '../eventstoredb-test-server';
import { call, type CallOptions } from './http-client';
import { TEST_JWT_SECRET } from './tokens';

/**
 * Which adapter the end-to-end suites run on: the embedded file by default; with
 * LEDGER_E2E_STORE=eventstoredb (the `e2e-eventstoredb` Jest project), the EventStoreDB adapter
 * talking gRPC to the in-memory test server, one server per app, kept across restarts.
 */
const E2E_ON_EVENTSTOREDB = process.env.LEDGER_E2E_STORE === 'eventstoredb';
export const E2E_STORE_ADAPTER = E2E_ON_EVENTSTOREDB ? 'eventstoredb' : 'embedded';

export interface HttpAnswer<T = Record<string, unknown>> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

/**
 * A real ledger API listening on a random localhost port, on a real SQLite file in a temp
 * directory. Requests go over HTTP with fetch, exactly as a client's would.
 */
export class LedgerTestApp {
  private constructor(
    private app: NestFastifyApplication,
    readonly baseUrl: string,
    readonly dataDir: string,
    private readonly env: Record<string, string>,
    private readonly options: LedgerAppOptions,
    private readonly eventStoreDb: EventStoreDbTestServer | null,
  ) {}

  static async start(
    env: Record<string, string> = {},
    dataDir?: string,
    options: LedgerAppOptions = {},
    eventStoreDb?: EventStoreDbTestServer | null,
  ): Promise<LedgerTestApp> {
    const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-'));
    const server =
      eventStoreDb !== undefined
        ? eventStoreDb
        : E2E_ON_EVENTSTOREDB && env.LEDGER_EVENTSTORE_URL === undefined
          ? await startEventStoreDbTestServer()
          : null;
    const fullEnv = {
      LEDGER_DATA_DIR: dir,
      LEDGER_JWT_SECRET: TEST_JWT_SECRET,
      LEDGER_PORT: '0',
      // Quiet test output: a line per request is noise here; warnings and errors still show.
      LEDGER_LOG_LEVEL: 'warn',
      ...(server === null ? {} : { LEDGER_EVENTSTORE_URL: server.url }),
      ...env,
    };
    const app = await createLedgerApp(parseLedgerConfig(fullEnv), options);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    return new LedgerTestApp(app, `http://127.0.0.1:${address.port}`, dir, fullEnv, options, server);
  }

  /** The Nest application itself, for tests that read its metadata (e.g. every route it serves). */
  get nest(): NestFastifyApplication {
    return this.app;
  }

  get store(): EventStore {
    return this.app.get<symbol, EventStore>(EVENT_STORE);
  }

  /** How many events the log holds, every stream included. */
  async eventCount(): Promise<number> {
    let count = 0;
    for await (const _ of this.store.readAll()) count += 1;
    return count;
  }

  request<T = Record<string, unknown>>(
    method: string,
    url: string,
    options: CallOptions = {},
  ): Promise<HttpAnswer<T>> {
    return call<T>(this.baseUrl, method, url, options);
  }

  /** A clock that moves one second per reading, so every activity has its own instant. */
  static steppingClock(start = Date.UTC(2026, 0, 1)): { clock: () => Date; now: () => Date } {
    let ticks = 0;
    return { clock: () => new Date(start + ++ticks * 1000), now: () => new Date(start + ticks * 1000) };
  }

  /**
   * Stops the service and starts a new one on the same data directory; `whileStopped` runs in
   * between (e.g. moving a pinned clock across a term's end during a downtime).
   */
  async restart(whileStopped?: () => void): Promise<LedgerTestApp> {
    await this.app.close();
    whileStopped?.();
    return LedgerTestApp.start(this.env, this.dataDir, this.options, this.eventStoreDb);
  }

  /**
   * Everything the service keeps at rest, as text: every file of its data directory (the log, the
   * projections, the keyring, their write-ahead logs) and, on EventStoreDB, every record of the
   * server's log — what a scan of the disks would find.
   */
  atRest(): string {
    const files = fs
      .readdirSync(this.dataDir)
      .map((name) => path.join(this.dataDir, name))
      .filter((file) => fs.statSync(file).isFile())
      .map((file) => fs.readFileSync(file).toString('latin1'));
    const records = (this.eventStoreDb?.log.all ?? []).map(
      (record) =>
        `${Buffer.from(record.data).toString('latin1')}${Buffer.from(record.customMetadata).toString('latin1')}`,
    );
    return [...files, ...records].join('\n');
  }

  async close(options: { keepData?: boolean } = {}): Promise<void> {
    await this.app.close();
    await this.eventStoreDb?.stop();
    if (options.keepData !== true) fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}
