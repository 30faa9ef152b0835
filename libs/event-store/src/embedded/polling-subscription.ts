import type { AllSubscription } from '../event-store';
import type { RecordedEvent } from '../events';
import type { GlobalPosition } from '../log-positions';
import { nextTurnOfEventLoop } from './event-loop-turn';

/** What a subscription needs from the store that feeds it. */
export interface SubscriptionSource {
  /** The next events strictly after `after`, in position order, at most one page. */
  fetchAfter(after: GlobalPosition): readonly RecordedEvent[];
  /** Calls `listener` after every append committed through this process; returns the unsubscribe. */
  onAppend(listener: () => void): () => void;
  /** Told once when the subscription ends, so the store stops tracking it. */
  onClosed(subscription: PollingSubscription): void;
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * Catch-up then live over `$all`, always by the same query "events after the last one delivered":
 * the catch-up and the live phase cannot overlap or leave a gap, and each event is delivered once
 * in position order. An in-process append wakes it at once; the poll catches appends made by
 * another process on the same file. Its timer is unref'd so an idle subscription never keeps
 * Node alive.
 */
export class PollingSubscription implements AllSubscription {
  private lastDelivered: GlobalPosition;
  private page: readonly RecordedEvent[] = [];
  private pageIndex = 0;
  private closed = false;
  private wake: (() => void) | null = null;
  /** next() calls are chained so that two un-awaited calls cannot deliver the same event twice. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly source: SubscriptionSource,
    afterPosition: GlobalPosition,
    private readonly pollIntervalMs: number,
  ) {
    this.lastDelivered = afterPosition;
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return {
      next: () => {
        const result = this.queue.then(() => this.pull());
        this.queue = result.catch(() => undefined);
        return result;
      },
      // A consumer leaving a for-await loop (break, throw) ends the subscription.
      return: async () => {
        await this.close();
        return DONE;
      },
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.page = [];
    this.wake?.();
    this.source.onClosed(this);
  }

  private async pull(): Promise<IteratorResult<RecordedEvent>> {
    while (!this.closed) {
      if (this.pageIndex < this.page.length) {
        const event = this.page[this.pageIndex++];
        this.lastDelivered = event.position;
        return { done: false, value: event };
      }
      // After delivering a page, hand the loop to other work before reading the next one: a long
      // catch-up (a rebuild) must not hold every tenant's requests.
      if (this.page.length > 0) {
        this.page = [];
        await nextTurnOfEventLoop();
        if (this.closed) break;
      }
      this.page = this.source.fetchAfter(this.lastDelivered);
      this.pageIndex = 0;
      // No await between the empty read and registering for the wake-up: an in-process append
      // cannot slip in between and be missed.
      if (this.page.length === 0) await this.nextChange();
    }
    return DONE;
  }

  private nextChange(): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        unsubscribe();
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(wake, this.pollIntervalMs);
      timer.unref();
      const unsubscribe = this.source.onAppend(wake);
      this.wake = wake;
    });
  }
}
