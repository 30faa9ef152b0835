import type { GlobalPosition, StreamRevision } from './log-positions';

export type JsonObject = { readonly [key: string]: JsonValue };
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | JsonObject;

export interface EventToAppend {
  /** A UUID. Appending an event id that the stream already holds appends nothing (idempotent retry). */
  readonly id: string;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
}

export interface RecordedEvent {
  readonly id: string;
  readonly streamName: string;
  readonly revision: StreamRevision;
  readonly position: GlobalPosition;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
  /** When the store committed it. */
  readonly recordedAt: Date;
}
