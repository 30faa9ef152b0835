import type Database from 'better-sqlite3';
import type { CompactId } from './compact-id';
import type { EventRow, NewEventRow, StreamHeadRow } from './sqlite-rows';

const EVENT_COLUMNS =
  'e.position, s.stream_name, e.revision, e.event_id, e.type_id, e.data, e.metadata, e.recorded_at';
const EVENTS_WITH_STREAM = 'events e JOIN streams s ON s.id = e.stream_id';
// substr/length count characters on both sides, so a non-ASCII prefix compares correctly;
// LIKE would be case-insensitive and treat % and _ in stream names as wildcards.
const HAS_PREFIX = 'substr(s.stream_name, 1, length(@prefix)) = @prefix';

/** Every statement the adapter runs, prepared once per connection. */
export function prepareStatements(db: Database.Database) {
  return {
    streamHead: db.prepare<[string], StreamHeadRow>(
      'SELECT id, revision, position FROM streams WHERE stream_name = ?',
    ),
    /** A stream's row before its first event is inserted; its head is set once the events are in. */
    insertStream: db.prepare<[string], unknown>(
      'INSERT INTO streams (stream_name, revision, position) VALUES (?, -1, 0)',
    ),
    storedIdRevision: db.prepare<[bigint, CompactId], { revision: bigint }>(
      'SELECT revision FROM events WHERE stream_id = ? AND event_id = ?',
    ),
    insertEvent: db.prepare<[NewEventRow], unknown>(
      `INSERT INTO events (stream_id, revision, event_id, type_id, data, metadata, recorded_at)
       VALUES (@stream_id, @revision, @event_id, @type_id, @data, @metadata, @recorded_at)`,
    ),
    setStreamHead: db.prepare<[{ id: bigint; revision: bigint; position: bigint }], unknown>(
      'UPDATE streams SET revision = @revision, position = @position WHERE id = @id',
    ),
    streamPage: db.prepare<[{ stream: string; from: bigint; limit: number }], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM ${EVENTS_WITH_STREAM}
       WHERE s.stream_name = @stream AND e.revision >= @from ORDER BY e.revision LIMIT @limit`,
    ),
    allPage: db.prepare<[{ after: bigint; limit: number }], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM ${EVENTS_WITH_STREAM} WHERE e.position > @after ORDER BY e.position LIMIT @limit`,
    ),
    allPageWithPrefix: db.prepare<[{ after: bigint; prefix: string; limit: number }], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM ${EVENTS_WITH_STREAM}
       WHERE e.position > @after AND ${HAS_PREFIX} ORDER BY e.position LIMIT @limit`,
    ),
    head: db.prepare<[], { position: bigint | null }>('SELECT max(position) AS position FROM events'),
    // Each stream's row holds the position of its last event: the newest stream with the prefix,
    // found from the top of streams_by_position (the first row, when every stream has it).
    headWithPrefix: db.prepare<[{ prefix: string }], { position: bigint }>(
      `SELECT s.position AS position FROM streams s INDEXED BY streams_by_position
       WHERE ${HAS_PREFIX} ORDER BY s.position DESC LIMIT 1`,
    ),
    ping: db.prepare<[], { ok: bigint }>('SELECT 1 AS ok'),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
