import type { JsonObject, RecordedEvent } from '../events';

/** One `events` row as better-sqlite3 returns it with safe integers on (every INTEGER is a bigint). */
export interface EventRow {
  readonly position: bigint;
  readonly stream_name: string;
  readonly revision: bigint;
  readonly event_id: string;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
  readonly recorded_at: bigint;
}

export interface StreamHeadRow {
  readonly revision: bigint;
  readonly position: bigint;
}

/** An `events` row to insert: the position is SQLite's to assign; the time is a plain number. */
export type NewEventRow = Omit<EventRow, 'position' | 'recorded_at'> & { readonly recorded_at: number };

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    streamName: row.stream_name,
    revision: row.revision,
    position: row.position,
    type: row.type,
    data: JSON.parse(row.data) as JsonObject,
    metadata: JSON.parse(row.metadata) as JsonObject,
    recordedAt: new Date(Number(row.recorded_at)),
  };
}
