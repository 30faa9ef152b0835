import type { ClientReadableStream } from '@grpc/grpc-js';
import type { Position } from '@eventstore/db-client';
import { convertGrpcEvent } from '@eventstore/db-client/dist/utils/convertGrpcEvent';
import type { ReadResp } from '@eventstore/db-client/generated/streams_pb';
import type { AllSubscription } from '../event-store';
import type { RecordedEvent } from '../events';
import type { GlobalPosition } from '../log-positions';
import type { AllFilter } from '../read-options';
import { interruptibleSleep } from './deadlines';
import type { EventStoreDbLogger } from './eventstoredb-options';
import { comparePositions, toEventStoreDbPosition } from './global-position';
import { isLedgerEvent } from './ledger-streams';
import { positionOf, toRecordedEvent } from './recorded-event';
import { isUnavailable } from './store-errors';

export interface SubscriptionSettings {
  /** Opens a filtered subscription to $all delivering what comes strictly after `after`. */
  readonly open: (after: Position | 'start') => Promise<ClientReadableStream<ReadResp>>;
  readonly filter: AllFilter | undefined;
  /** A subscription the server has not confirmed within this time is given up and reopened. */
  readonly confirmationTimeoutMs: number;
  readonly reconnectInitialDelayMs: number;
  readonly reconnectMaxDelayMs: number;
  readonly logger: EventStoreDbLogger;
  readonly onClosed: (subscription: EventStoreDbAllSubscription) => void;
}

/**
 * Catch-up then live over a filtered $all subscription that survives the server dropping it.
 *
 * `resumeAfter` is the one piece of state: the position of the last event handed to the consumer,
 * or of the last server checkpoint received after it (checkpoints arrive in wire order, after every
 * event before them, so all of those were handed over already). On a drop the subscription reopens
 * strictly after it, with backoff: what was received but not handed over is asked for again (no
 * gap), what was handed over is not (no duplicate; a position guard drops any that still come).
 * Checkpoints are kept as the server's {commit, prepare} pair because they are not event positions
 * — e.g. (page boundary, 0) — and squashing one into the port's bigint could skip the next event.
 */
export class EventStoreDbAllSubscription implements AllSubscription {
  private resumeAfter: Position | 'start';
  private closed = false;
  private call: ClientReadableStream<ReadResp> | undefined;
  private wakeFromBackoff: (() => void) | undefined;
  private readonly events: AsyncGenerator<RecordedEvent>;

  constructor(
    private readonly settings: SubscriptionSettings,
    afterPosition: GlobalPosition | undefined,
  ) {
    this.resumeAfter = afterPosition === undefined ? 'start' : toEventStoreDbPosition(afterPosition);
    this.events = this.run();
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return this.events;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.call?.cancel();
    this.wakeFromBackoff?.();
    // Ends a generator that never started or waits at a yield; a running one sees `closed` itself.
    this.events.return(undefined).catch(() => undefined);
    this.settings.onClosed(this);
  }

  private async *run(): AsyncGenerator<RecordedEvent> {
    let failures = 0;
    try {
      while (!this.closed) {
        try {
          for await (const message of this.messages()) {
            if (message.hasConfirmation()) {
              if (failures > 0) {
                this.settings.logger.log(
                  `EventStoreDB subscription to $all resumed after ${failures} failed attempt(s)`,
                );
              }
              failures = 0;
            } else if (message.hasCheckpoint()) {
              this.advanceTo(checkpointPosition(message));
            } else {
              const event = this.deliverable(message);
              if (event !== null) yield event;
            }
          }
          if (!this.closed) throw new SubscriptionInterrupted('the server ended the subscription');
        } catch (error) {
          if (this.closed) return;
          // A gRPC failure (or an end or silence from the server) is worth retrying; anything else —
          // an event the ledger cannot read — would fail again, so the consumer hears of it.
          if (!isUnavailable(error) && !(error instanceof SubscriptionInterrupted)) throw error;
          failures += 1;
          this.logFailure(failures, error);
          await this.backoff(failures);
        }
      }
    } finally {
      // However the iteration ends (close, a consumer leaving its loop, an error), it is over.
      this.closed = true;
      this.call?.cancel();
      this.settings.onClosed(this);
    }
  }

  /** One subscription call, from `resumeAfter`, given up if the server does not confirm it in time. */
  private async *messages(): AsyncGenerator<ReadResp> {
    const call = await this.settings.open(this.resumeAfter);
    this.call = call;
    if (this.closed) {
      call.cancel();
      return;
    }
    let confirmed = false;
    let unconfirmed = false;
    const timer = setTimeout(() => {
      unconfirmed = true;
      call.cancel();
    }, this.settings.confirmationTimeoutMs);
    try {
      for await (const message of call as AsyncIterable<ReadResp>) {
        if (!confirmed && message.hasConfirmation()) {
          confirmed = true;
          clearTimeout(timer);
        }
        yield message;
      }
    } catch (error) {
      if (unconfirmed) {
        throw new SubscriptionInterrupted(`not confirmed within ${this.settings.confirmationTimeoutMs} ms`);
      }
      throw error;
    } finally {
      clearTimeout(timer);
      call.cancel();
    }
  }

  private deliverable(message: ReadResp): RecordedEvent | null {
    const read = message.getEvent();
    if (read === undefined) return null;
    const resolved = convertGrpcEvent(read);
    const event = toRecordedEvent(resolved);
    const position = positionOf(resolved);
    // A link to a deleted event: nothing to hand over (toRecordedEvent refuses events without a position).
    if (position === undefined) return null;
    // Already handed over (or covered by a checkpoint): a resumed subscription must not repeat it.
    if (this.resumeAfter !== 'start' && comparePositions(position, this.resumeAfter) <= 0) return null;
    this.resumeAfter = position;
    return event !== null && isLedgerEvent(event, this.settings.filter) ? event : null;
  }

  private advanceTo(position: Position): void {
    if (this.resumeAfter === 'start' || comparePositions(position, this.resumeAfter) > 0) {
      this.resumeAfter = position;
    }
  }

  private async backoff(failures: number): Promise<void> {
    const delay = Math.min(
      this.settings.reconnectMaxDelayMs,
      this.settings.reconnectInitialDelayMs * 2 ** Math.min(failures - 1, 20),
    );
    const sleep = interruptibleSleep(delay);
    this.wakeFromBackoff = sleep.wake;
    await sleep.done;
    this.wakeFromBackoff = undefined;
  }

  /** Bounded: the 1st, 2nd, 4th, 8th… consecutive failure, so an outage of hours logs a few lines. */
  private logFailure(failures: number, error: unknown): void {
    if ((failures & (failures - 1)) !== 0) return;
    const reason = error instanceof Error ? error.message : String(error);
    const from =
      this.resumeAfter === 'start' ? 'the start' : `${this.resumeAfter.commit}/${this.resumeAfter.prepare}`;
    this.settings.logger.warn(
      `EventStoreDB subscription to $all dropped (attempt ${failures}): ${reason}; resubscribing after ${from}`,
    );
  }
}

/** The server ended the call without an error, or did not confirm it in time: retried like a drop. */
class SubscriptionInterrupted extends Error {
  override readonly name = 'SubscriptionInterrupted';
}

function checkpointPosition(message: ReadResp): Position {
  const checkpoint = message.getCheckpoint();
  return {
    commit: BigInt(checkpoint?.getCommitPosition() || '0'),
    prepare: BigInt(checkpoint?.getPreparePosition() || '0'),
  };
}
