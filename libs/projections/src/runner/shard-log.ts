import type { MessagePort } from 'node:worker_threads';
import type {
  AllSubscription,
  AppendResult,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  StoreHealth,
} from '@ledger/event-store';
import type { FromRebuildWorker } from './rebuild-messages';

/**
 * The log as a rebuild worker sees it (parallel-rebuild.ts): the events of its own tenants, in log
 * order, posted page by page by the thread that reads the real store; a tenant's stream, when the
 * tenant views fold it again, asked of that thread. Read-only: a rebuild appends nothing.
 */
export class ShardLog implements EventStore {
  private readonly pages: RecordedEvent[][] = [];
  private ended = false;
  private wake: (() => void) | null = null;
  private readonly streamRequests = new Map<
    number,
    { resolve: (events: readonly RecordedEvent[]) => void; reject: (error: Error) => void }
  >();
  private nextRequest = 0;

  constructor(private readonly port: MessagePort) {}

  /** A page of this worker's events, in log order. */
  pushPage(events: RecordedEvent[]): void {
    this.pages.push(events);
    this.wakeReader();
  }

  /** The log has no more events for this worker: the next read finds none. */
  end(): void {
    this.ended = true;
    this.wakeReader();
  }

  /** The answer to a `readStream` asked of the log's thread. */
  answerStream(request: number, events: readonly RecordedEvent[], error: string | null): void {
    const pending = this.streamRequests.get(request);
    if (pending === undefined) return;
    this.streamRequests.delete(request);
    if (error === null) pending.resolve(events);
    else pending.reject(new Error(error));
  }

  /** One posted page per read (at most `maxCount` of it): the runner applies each in one transaction. */
  async *readAll(options: ReadAllOptions = {}): AsyncGenerator<RecordedEvent> {
    while (this.pages.length === 0 && !this.ended) {
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    const page = this.pages.shift();
    if (page === undefined) return;
    const maxCount = options.maxCount ?? page.length;
    if (page.length > maxCount) this.pages.unshift(page.splice(maxCount));
    const after = options.afterPosition ?? 0n;
    for (const recorded of page) if (recorded.position > after) yield recorded;
  }

  async *readStream(streamName: string, options: ReadStreamOptions = {}): AsyncGenerator<RecordedEvent> {
    const request = this.nextRequest++;
    const events = new Promise<readonly RecordedEvent[]>((resolve, reject) =>
      this.streamRequests.set(request, { resolve, reject }),
    );
    this.post({
      kind: 'readStream',
      request,
      streamName,
      fromRevision: options.fromRevision ?? 0n,
      maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER,
    });
    yield* await events;
  }

  append(): Promise<AppendResult> {
    return Promise.reject(new Error('a rebuild worker reads the log, it never appends'));
  }

  subscribeToAll(): AllSubscription {
    throw new Error('a rebuild worker reads the pages it is sent, it does not subscribe');
  }

  async headPosition(): Promise<bigint | null> {
    return null;
  }

  async health(): Promise<StoreHealth> {
    return { up: true, adapter: 'embedded', detail: 'events posted by the rebuild' };
  }

  async close(): Promise<void> {
    this.end();
  }

  private post(message: FromRebuildWorker): void {
    this.port.postMessage(message);
  }

  private wakeReader(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
