import type { RecordedEvent } from '../events';
import type { CompactJson } from './compact-json';
import type { Dictionary } from './dictionary';
import { type CompactId, idOfCompact } from './compact-id';

/** One `events` row with its stream's name, as better-sqlite3 returns it with safe integers on (every INTEGER is a bigint). */
export interface EventRow {
  readonly position: bigint;
  readonly stream_name: string;
  readonly revision: bigint;
  readonly event_id: CompactId;
  readonly type_id: bigint;
  readonly data: Buffer;
  readonly metadata: Buffer;
  readonly recorded_at: bigint;
}

export interface StreamHeadRow {
  readonly id: bigint;
  readonly revision: bigint;
  readonly position: bigint;
}

/** An `events` row to insert: the position is SQLite's to assign; the time is a plain number. */
export interface NewEventRow {
  readonly stream_id: bigint;
  readonly revision: bigint;
  readonly event_id: CompactId;
  readonly type_id: number;
  readonly data: Buffer;
  readonly metadata: Buffer;
  readonly recorded_at: number;
}

/** Reads rows back as the port's events: the dictionary names the type, the codec restores the JSON. */
export class EventRowReader {
  constructor(
    private readonly dictionary: Dictionary,
    private readonly json: CompactJson,
  ) {}

  toRecordedEvent(row: EventRow): RecordedEvent {
    return {
      id: idOfCompact(row.event_id),
      streamName: row.stream_name,
      revision: row.revision,
      position: row.position,
      type: this.dictionary.entryOf(Number(row.type_id)),
      data: this.json.decode(row.data),
      metadata: this.json.decode(row.metadata),
      recordedAt: new Date(Number(row.recorded_at)),
    };
  }
}
