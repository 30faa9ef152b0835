/**
 * TEST INFRASTRUCTURE — Streams.Append (client-streaming: options, then one message per event) and
 * Streams.BatchAppend (bidirectional, one request per chunk, correlated by id), the two ways
 * @eventstore/db-client appends depending on what the server advertises.
 */
import {
  Metadata,
  status,
  type handleBidiStreamingCall,
  type handleClientStreamingCall,
} from '@grpc/grpc-js';
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import {
  AllStreamPosition,
  BadRequest,
  Empty,
  MaximumAppendSizeExceeded,
  Timeout,
  WrongExpectedVersion,
} from '@eventstore/db-client/generated/shared_pb';
import { Code } from '@eventstore/db-client/generated/code_pb';
import { Status } from '@eventstore/db-client/generated/status_pb';
import {
  AppendReq,
  AppendResp,
  BatchAppendReq,
  BatchAppendResp,
} from '@eventstore/db-client/generated/streams_pb';
import type { AppendOutcome, ExpectedState, InMemoryLog, ProposedEvent } from './in-memory-log';
import {
  expectedState,
  InvalidRequestError,
  parseEventId,
  protobufEmpty,
  streamIdentifier,
  streamNameOf,
} from './grpc-messages';

interface ProposedMessage {
  getId(): Parameters<typeof parseEventId>[0];
  getMetadataMap(): { get(key: string): string | undefined };
  getData_asU8(): Uint8Array;
  getCustomMetadata_asU8(): Uint8Array;
}

/** What the server counts against MaxAppendSize for one event (`Event.SizeOnDisk`). */
function sizeOnDisk(event: ProposedEvent): number {
  return event.data.length + event.customMetadata.length + 2 * event.type.length;
}

/**
 * Append's refusal of an oversized append (RpcExceptions.MaxAppendSizeExceeded): the call fails with
 * INVALID_ARGUMENT and the trailers the client turns into MaxAppendSizeExceededError.
 */
function maxAppendSizeExceeded(maxAppendSize: number): { code: status; details: string; metadata: Metadata } {
  const metadata = new Metadata();
  metadata.set('exception', 'maximum-append-size-exceeded');
  metadata.set('maximum-append-size', String(maxAppendSize));
  return {
    code: status.INVALID_ARGUMENT,
    details: `Maximum Append Size of ${maxAppendSize} Exceeded.`,
    metadata,
  };
}

function toProposedEvent(message: ProposedMessage): ProposedEvent {
  const metadata = message.getMetadataMap();
  const type = metadata.get('type');
  const contentType = metadata.get('content-type');
  // The server refuses a proposed message without these two (RequiredMetadataPropertyMissing).
  if (type === undefined || contentType === undefined)
    throw new InvalidRequestError('type and content-type are required');
  return {
    id: parseEventId(message.getId()),
    type,
    contentType,
    data: message.getData_asU8(),
    customMetadata: message.getCustomMetadata_asU8(),
  };
}

export function createAppendHandler(
  log: InMemoryLog,
  maxAppendSize: number,
): handleClientStreamingCall<AppendReq, AppendResp> {
  return (call, callback) => {
    let options: AppendReq.Options | undefined;
    const proposed: ProposedEvent[] = [];
    let size = 0;
    let refused = false;
    call.on('data', (request: AppendReq) => {
      if (refused) return;
      try {
        if (options === undefined) {
          options = request.getOptions();
          if (options === undefined)
            throw new InvalidRequestError('the first append message carries the options');
          return;
        }
        const message = request.getProposedMessage();
        if (message === undefined)
          throw new InvalidRequestError('append messages after the first carry events');
        const event = toProposedEvent(message);
        // Counted as the events arrive; the first one past the limit fails the call, nothing written.
        size += sizeOnDisk(event);
        if (size > maxAppendSize) {
          refused = true;
          callback(maxAppendSizeExceeded(maxAppendSize));
          return;
        }
        proposed.push(event);
      } catch (error) {
        refused = true;
        callback({
          code: status.INVALID_ARGUMENT,
          details: error instanceof Error ? error.message : String(error),
        });
      }
    });
    call.on('end', () => {
      if (refused) return;
      if (options === undefined) {
        callback({ code: status.INVALID_ARGUMENT, details: 'no append options' });
        return;
      }
      const appendOptions = options;
      const expected = expectedState(appendOptions, () =>
        appendOptions.hasRevision() ? appendOptions.getRevision() : undefined,
      );
      const outcome = log.append(streamNameOf(appendOptions.getStreamIdentifier()), expected, proposed);
      callback(null, toAppendResp(outcome, expected));
    });
  };
}

function toAppendResp(outcome: AppendOutcome, expected: ExpectedState): AppendResp {
  if (outcome.kind === 'success') {
    const success = new AppendResp.Success().setPosition(
      new AppendResp.Position()
        .setCommitPosition(outcome.logPosition.toString())
        .setPreparePosition(outcome.logPosition.toString()),
    );
    if (outcome.currentRevision < 0n) success.setNoStream(new Empty());
    else success.setCurrentRevision(outcome.currentRevision.toString());
    return new AppendResp().setSuccess(success);
  }
  // Current servers answer a conflict in the response, not as an RPC error.
  const wrong = new AppendResp.WrongExpectedVersion();
  if (outcome.currentRevision === null) wrong.setCurrentNoStream(new Empty());
  else wrong.setCurrentRevision(outcome.currentRevision.toString());
  switch (expected.kind) {
    case 'any':
      wrong.setExpectedAny(new Empty());
      break;
    case 'no-stream':
      wrong.setExpectedNoStream(new Empty());
      break;
    case 'stream-exists':
      wrong.setExpectedStreamExists(new Empty());
      break;
    case 'revision':
      wrong.setExpectedRevision(expected.revision.toString());
      break;
  }
  return new AppendResp().setWrongExpectedVersion(wrong);
}

interface PendingBatch {
  /** Bytes counted against MaxAppendSize so far, over every chunk of the batch. */
  size: number;
  readonly streamName: string;
  readonly expected: ExpectedState;
  readonly deadline: Date | undefined;
  readonly events: ProposedEvent[];
}

export function createBatchAppendHandler(
  log: InMemoryLog,
  maxAppendSize: number,
): handleBidiStreamingCall<BatchAppendReq, BatchAppendResp> {
  return (call) => {
    const pending = new Map<string, PendingBatch>();
    call.on('data', (request: BatchAppendReq) => {
      const correlationId = request.getCorrelationId();
      const key = correlationId?.getString() ?? '';
      let streamName = '';
      try {
        const options = request.getOptions();
        if (options !== undefined) {
          pending.set(key, {
            size: 0,
            streamName: streamNameOf(options.getStreamIdentifier()),
            expected: expectedState(options, () =>
              options.hasStreamPosition() ? options.getStreamPosition() : undefined,
            ),
            deadline: options.getDeadline()?.toDate(),
            events: [],
          });
        }
        const batch = pending.get(key);
        if (batch === undefined) return;
        streamName = batch.streamName;
        const events = request.getProposedMessagesList().map(toProposedEvent);
        batch.events.push(...events);
        batch.size += events.reduce((sum, event) => sum + sizeOnDisk(event), 0);
        if (batch.size > maxAppendSize) {
          // As the server: the batch is dropped (later chunks of it are ignored) and refused at once.
          pending.delete(key);
          const refusal = new BatchAppendResp().setStreamIdentifier(streamIdentifier(batch.streamName));
          if (correlationId !== undefined) refusal.setCorrelationId(correlationId);
          call.write(
            refusal.setError(
              errorStatus(
                Code.INVALID_ARGUMENT,
                'MaximumAppendSizeExceeded',
                new MaximumAppendSizeExceeded().setMaxappendsize(maxAppendSize).serializeBinary(),
                'event_store.client.MaximumAppendSizeExceeded',
              ),
            ),
          );
          return;
        }
        if (!request.getIsFinal()) return;
        pending.delete(key);
        const response = new BatchAppendResp().setStreamIdentifier(streamIdentifier(batch.streamName));
        if (correlationId !== undefined) response.setCorrelationId(correlationId);
        if (batch.deadline !== undefined && batch.deadline.getTime() <= Date.now()) {
          call.write(
            response.setError(
              errorStatus(
                Code.DEADLINE_EXCEEDED,
                'Timeout',
                new Timeout().serializeBinary(),
                'event_store.client.Timeout',
              ),
            ),
          );
          return;
        }
        call.write(
          toBatchAppendResp(
            response,
            log.append(batch.streamName, batch.expected, batch.events),
            batch.expected,
          ),
        );
      } catch (error) {
        const response = new BatchAppendResp().setStreamIdentifier(streamIdentifier(streamName));
        if (correlationId !== undefined) response.setCorrelationId(correlationId);
        const message = error instanceof Error ? error.message : String(error);
        call.write(
          response.setError(
            errorStatus(
              Code.INVALID_ARGUMENT,
              message,
              new BadRequest().setMessage(message).serializeBinary(),
              'event_store.client.BadRequest',
            ),
          ),
        );
      }
    });
    call.on('end', () => call.end());
  };
}

function toBatchAppendResp(
  response: BatchAppendResp,
  outcome: AppendOutcome,
  expected: ExpectedState,
): BatchAppendResp {
  if (outcome.kind === 'success') {
    const success = new BatchAppendResp.Success().setPosition(
      new AllStreamPosition()
        .setCommitPosition(outcome.logPosition.toString())
        .setPreparePosition(outcome.logPosition.toString()),
    );
    if (outcome.currentRevision < 0n) success.setNoStream(protobufEmpty());
    else success.setCurrentRevision(outcome.currentRevision.toString());
    return response.setSuccess(success);
  }
  const wrong = new WrongExpectedVersion();
  if (outcome.currentRevision === null) wrong.setCurrentNoStream(protobufEmpty());
  else wrong.setCurrentStreamRevision(outcome.currentRevision.toString());
  switch (expected.kind) {
    case 'any':
      wrong.setExpectedAny(protobufEmpty());
      break;
    case 'no-stream':
      wrong.setExpectedNoStream(protobufEmpty());
      break;
    case 'stream-exists':
      wrong.setExpectedStreamExists(protobufEmpty());
      break;
    case 'revision':
      wrong.setExpectedStreamPosition(expected.revision.toString());
      break;
  }
  return response.setError(
    errorStatus(
      Code.FAILED_PRECONDITION,
      'WrongExpectedVersion',
      wrong.serializeBinary(),
      'event_store.client.WrongExpectedVersion',
    ),
  );
}

/** A google.rpc.Status whose details pack the typed error, which is what the client unpacks. */
function errorStatus(code: Code, message: string, details: Uint8Array, typeName: string): Status {
  const any = new Any();
  any.pack(details, typeName);
  return new Status().setCode(code).setMessage(message).setDetails(any);
}
