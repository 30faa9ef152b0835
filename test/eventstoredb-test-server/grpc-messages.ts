/**
 * TEST INFRASTRUCTURE — conversions between the EventStoreDB gRPC messages (the classes generated
 * from the server's .proto files, shipped inside @eventstore/db-client) and the in-memory log.
 */
import { randomUUID } from 'node:crypto';
import { Empty as ProtobufEmpty } from 'google-protobuf/google/protobuf/empty_pb';
import { Empty, StreamIdentifier, UUID } from '@eventstore/db-client/generated/shared_pb';
import { ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import type { ExpectedState, StoredEvent } from './in-memory-log';

/** The server stamps `created` in .NET ticks (100 ns) since the Unix epoch. */
const TICKS_PER_MILLISECOND = 10_000n;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A uint64 field in the generated code is a decimal string. */
export const uint64 = (value: string): bigint => BigInt(value === '' ? '0' : value);

export function streamNameOf(identifier: StreamIdentifier | undefined): string {
  if (identifier === undefined) throw new InvalidRequestError('stream_identifier is required');
  return Buffer.from(identifier.getStreamName_asU8()).toString('utf8');
}

export function streamIdentifier(streamName: string): StreamIdentifier {
  return new StreamIdentifier().setStreamName(Uint8Array.from(Buffer.from(streamName, 'utf8')));
}

/** Event ids arrive as text or as two 64-bit halves; the server keeps them as Guids, lower case. */
export function parseEventId(uuid: UUID | undefined): string {
  if (uuid === undefined) throw new InvalidRequestError('event id is required');
  let text: string;
  if (uuid.hasStructured()) {
    const structured = uuid.getStructured();
    const buffer = Buffer.alloc(16);
    buffer.writeBigInt64BE(BigInt(structured?.getMostSignificantBits() ?? '0'), 0);
    buffer.writeBigInt64BE(BigInt(structured?.getLeastSignificantBits() ?? '0'), 8);
    const hex = buffer.toString('hex');
    text = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  } else {
    text = uuid.getString().toLowerCase();
  }
  if (!UUID_PATTERN.test(text)) throw new InvalidRequestError(`event id "${text}" is not a UUID`);
  return text;
}

export const newSubscriptionId = (): string => randomUUID();

export class InvalidRequestError extends Error {
  override readonly name = 'InvalidRequestError';
}

/** A $all position as the protocol carries it; events written by one append have commit == prepare. */
export interface LogPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

export const compareLogPositions = (a: LogPosition, b: LogPosition): number =>
  a.commit === b.commit ? Number(a.prepare - b.prepare) : a.commit < b.commit ? -1 : 1;

export const eventLogPosition = (event: StoredEvent): LogPosition => ({
  commit: event.logPosition,
  prepare: event.logPosition,
});

/**
 * A stored event never changes, so its response is built once and, through `serializeReadResp`,
 * encoded once: reading thousands of events over and over otherwise spends most of a test run in
 * google-protobuf. (The client still decodes every message, as against a real node.)
 */
const readEvents = new WeakMap<StoredEvent, ReadResp>();
const encoded = new WeakMap<ReadResp, Buffer>();

export function toReadEvent(event: StoredEvent): ReadResp {
  const cached = readEvents.get(event);
  if (cached !== undefined) return cached;
  const recorded = new ReadResp.ReadEvent.RecordedEvent()
    .setId(new UUID().setString(event.id))
    .setStreamIdentifier(streamIdentifier(event.streamName))
    .setStreamRevision(event.revision.toString())
    .setCommitPosition(event.logPosition.toString())
    .setPreparePosition(event.logPosition.toString())
    .setData(event.data)
    .setCustomMetadata(event.customMetadata);
  recorded
    .getMetadataMap()
    .set('type', event.type)
    .set('content-type', event.contentType)
    .set('created', (BigInt(event.created.getTime()) * TICKS_PER_MILLISECOND).toString());
  const readEvent = new ReadResp.ReadEvent()
    .setEvent(recorded)
    .setCommitPosition(event.logPosition.toString());
  const response = new ReadResp().setEvent(readEvent);
  readEvents.set(event, response);
  return response;
}

/** The serializer the Read method is registered with: the generated one, remembering its output. */
export function serializeReadResp(response: ReadResp): Buffer {
  let bytes = encoded.get(response);
  if (bytes === undefined) {
    bytes = Buffer.from(response.serializeBinary());
    encoded.set(response, bytes);
  }
  return bytes;
}

export const confirmation = (subscriptionId: string): ReadResp =>
  new ReadResp().setConfirmation(new ReadResp.SubscriptionConfirmation().setSubscriptionId(subscriptionId));

export const checkpoint = (position: LogPosition): ReadResp =>
  new ReadResp().setCheckpoint(
    new ReadResp.Checkpoint()
      .setCommitPosition(position.commit.toString())
      .setPreparePosition(position.prepare.toString()),
  );

export const caughtUp = (): ReadResp => new ReadResp().setCaughtUp(new ReadResp.CaughtUp());

export const streamNotFound = (streamName: string): ReadResp =>
  new ReadResp().setStreamNotFound(
    new ReadResp.StreamNotFound().setStreamIdentifier(streamIdentifier(streamName)),
  );

export function allReadStart(options: ReadReq.Options.AllOptions | undefined): LogPosition | 'start' | 'end' {
  if (options === undefined) throw new InvalidRequestError('all options are required');
  switch (options.getAllOptionCase()) {
    case ReadReq.Options.AllOptions.AllOptionCase.START:
      return 'start';
    case ReadReq.Options.AllOptions.AllOptionCase.END:
      return 'end';
    case ReadReq.Options.AllOptions.AllOptionCase.POSITION: {
      const position = options.getPosition();
      return {
        commit: uint64(position?.getCommitPosition() ?? '0'),
        prepare: uint64(position?.getPreparePosition() ?? '0'),
      };
    }
    default:
      throw new InvalidRequestError('all options need start, end or position');
  }
}

export function streamReadStart(options: ReadReq.Options.StreamOptions): bigint | 'start' | 'end' {
  switch (options.getRevisionOptionCase()) {
    case ReadReq.Options.StreamOptions.RevisionOptionCase.START:
      return 'start';
    case ReadReq.Options.StreamOptions.RevisionOptionCase.END:
      return 'end';
    case ReadReq.Options.StreamOptions.RevisionOptionCase.REVISION:
      return uint64(options.getRevision());
    default:
      throw new InvalidRequestError('stream options need start, end or revision');
  }
}

/** The expected-revision oneof is spelled the same way in Append and BatchAppend options. */
export interface ExpectedRevisionOptions {
  hasAny(): boolean;
  hasNoStream(): boolean;
  hasStreamExists(): boolean;
}

export function expectedState(
  options: ExpectedRevisionOptions,
  explicitRevision: () => string | undefined,
): ExpectedState {
  if (options.hasAny()) return { kind: 'any' };
  if (options.hasNoStream()) return { kind: 'no-stream' };
  if (options.hasStreamExists()) return { kind: 'stream-exists' };
  const revision = explicitRevision();
  if (revision === undefined) throw new InvalidRequestError('an expected revision is required');
  return { kind: 'revision', revision: uint64(revision) };
}

export const empty = (): Empty => new Empty();
export const protobufEmpty = (): ProtobufEmpty => new ProtobufEmpty();
