import { APPEND_SIZE_BUDGET, appendSizeOf, type EventToAppend } from '@ledger/event-store';

/**
 * Gathers consecutive activities of one tenant into appends of at most `maxEvents` events and at
 * most `maxBytes` as the store counts them: EventStoreDB refuses an append over 1 MiB, which at
 * ~315 bytes an event is ~3,300 events, fewer than `--batch-events` may ask for. An activity is
 * never split across two appends.
 */
export class ActivityBatch {
  private events: EventToAppend[] = [];
  private bytes = 0;

  constructor(
    private readonly maxEvents: number,
    private readonly maxBytes: number = APPEND_SIZE_BUDGET,
  ) {}

  /** Adds one activity's events; returns the batches that are now complete, to append in order. */
  add(activity: readonly EventToAppend[]): EventToAppend[][] {
    const complete: EventToAppend[][] = [];
    const size = appendSizeOf(activity);
    if (this.events.length > 0 && this.bytes + size > this.maxBytes) complete.push(this.take());
    this.events.push(...activity);
    this.bytes += size;
    if (this.events.length >= this.maxEvents) complete.push(this.take());
    return complete;
  }

  /** What is left (possibly nothing), and starts afresh. */
  take(): EventToAppend[] {
    const events = this.events;
    this.events = [];
    this.bytes = 0;
    return events;
  }
}
