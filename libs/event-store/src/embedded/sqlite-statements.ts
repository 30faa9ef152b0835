import type Database from 'better-sqlite3';
import type { EventRow, NewEventRow, StreamHeadRow } from './sqlite-rows';

const EVENT_COLUMNS = 'position, stream_name, revision, event_id, type, data, metadata, recorded_at';
// substr/length count characters on both sides, so a non-ASCII prefix compares correctly;
// LIKE would be case-insensitive and treat % and _ in stream names as wildcards.
const HAS_PREFIX = 'substr(stream_name, 1, length(@prefix)) = @prefix';

/** Every statement the adapter runs, prepared once per connection. */
export function prepareStatements(db: Database.Database) {
  return {
    streamHead: db.prepare<[string], StreamHeadRow>(
      'SELECT revision, position FROM streams WHERE stream_name = ?',
    ),
    storedIdRevision: db.prepare<[string, string], { revision: bigint }>(
      'SELECT revision FROM events WHERE stream_name = ? AND event_id = ?',
    ),
    insertEvent: db.prepare<[NewEventRow], unknown>(
      `INSERT INTO events (stream_name, revision, event_id, type, data, metadata, recorded_at)
       VALUES (@stream_name, @revision, @event_id, @type, @data, @metadata, @recorded_at)`,
    ),
    upsertStreamHead: db.prepare<[{ stream_name: string; revision: bigint; position: bigint }], unknown>(
      `INSERT INTO streams (stream_name, revision, position) VALUES (@stream_name, @revision, @position)
       ON CONFLICT (stream_name) DO UPDATE SET revision = excluded.revision, position = excluded.position`,
    ),
    streamPage: db.prepare<[{ stream: string; from: bigint; limit: number }], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events
       WHERE stream_name = @stream AND revision >= @from ORDER BY revision LIMIT @limit`,
    ),
    allPage: db.prepare<[{ after: bigint; limit: number }], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE position > @after ORDER BY position LIMIT @limit`,
    ),
    allPageWithPrefix: db.prepare<[{ after: bigint; prefix: string; limit: number }], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events
       WHERE position > @after AND ${HAS_PREFIX} ORDER BY position LIMIT @limit`,
    ),
    head: db.prepare<[], { position: bigint | null }>('SELECT max(position) AS position FROM events'),
    headWithPrefix: db.prepare<[{ prefix: string }], { position: bigint }>(
      `SELECT position FROM events WHERE ${HAS_PREFIX} ORDER BY position DESC LIMIT 1`,
    ),
    ping: db.prepare<[], { ok: bigint }>('SELECT 1 AS ok'),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
