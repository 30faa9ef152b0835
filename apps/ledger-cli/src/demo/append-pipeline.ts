import type { EventStore, EventToAppend, StreamRevision } from '@ledger/event-store';
import { AppendTooLargeError, WrongExpectedRevisionError } from '@ledger/event-store';
import { CommandFailure } from '../exit-codes';
import { DemoTenantExistsError } from './demo-errors';

/** A stream the pipeline writes, with the revision its next append expects. */
export interface PipelinedStream {
  readonly tenantId: string;
  readonly streamName: string;
  /** Null before the first append: the stream must not exist yet. */
  revision: StreamRevision | null;
}

/**
 * Appends without waiting for each one, up to `maxEvents` in flight, then waits for them all. The
 * embedded store commits the appends of one event-loop turn together (one transaction, one fsync),
 * so many small appends cost about one. Expected revisions are computed here (the demo is the only
 * writer of its tenants) and at most one append per stream is in flight, so any store keeps them
 * in order; a stream already written before fails its first append as DemoTenantExistsError.
 */
export class AppendPipeline {
  private inFlight: Promise<void>[] = [];
  private readonly streamsInFlight = new Set<string>();
  private eventsInFlight = 0;
  private committedEvents = 0;
  private committedAppends = 0;

  constructor(
    private readonly store: EventStore,
    private readonly maxEvents: number,
    private readonly onCommitted: (events: number, appends: number) => void,
  ) {}

  async append(stream: PipelinedStream, events: readonly EventToAppend[]): Promise<void> {
    if (events.length === 0) return;
    if (this.streamsInFlight.has(stream.streamName)) await this.drain();
    const expected = stream.revision ?? 'no-stream';
    stream.revision = (stream.revision ?? -1n) + BigInt(events.length);
    const revisionAfter = stream.revision;
    this.streamsInFlight.add(stream.streamName);
    this.eventsInFlight += events.length;
    this.inFlight.push(
      this.store.append(stream.streamName, events, expected).then(
        (result) => {
          if (result.nextExpectedRevision !== revisionAfter) {
            throw new Error(
              `${stream.streamName} is at ${result.nextExpectedRevision}, not ${revisionAfter}`,
            );
          }
          this.committedEvents += events.length;
          this.committedAppends += 1;
        },
        (error: unknown) => {
          if (error instanceof WrongExpectedRevisionError && expected === 'no-stream') {
            throw new DemoTenantExistsError(stream.tenantId);
          }
          // Batches are kept under the port's budget (activity-batch.ts); a node configured with a
          // smaller MaxAppendSize can still refuse one: say so, rather than an unexpected error.
          if (error instanceof AppendTooLargeError) {
            throw new CommandFailure(
              `the event store refused an append of ${events.length} demo events: ${error.message}; ` +
                'try a smaller --batch-events',
            );
          }
          throw error;
        },
      ),
    );
    if (this.eventsInFlight >= this.maxEvents) await this.drain();
  }

  /** Waits for every append in flight; the first failure is thrown once all have settled. */
  async drain(): Promise<void> {
    const settling = this.inFlight;
    this.inFlight = [];
    this.streamsInFlight.clear();
    this.eventsInFlight = 0;
    const outcomes = await Promise.allSettled(settling);
    const failed = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
    if (settling.length > 0) this.onCommitted(this.committedEvents, this.committedAppends);
  }
}
