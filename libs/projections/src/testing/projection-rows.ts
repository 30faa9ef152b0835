import { READ_MODELS } from '../database/projection-database';
import type { ProjectionDb } from '../database/projection-db';

/**
 * Test support: every row of every read model, of the checkpoints and of the parked events (the
 * time an event was parked aside), each table in key order, and the indexes the file holds: two
 * files that answer this the same hold the same projections.
 */
export function everyRow(db: ProjectionDb): Record<string, unknown> {
  const tables = [...READ_MODELS.flatMap(({ names }) => names), 'parked_events'];
  const rows: Record<string, unknown> = {};
  for (const table of tables) {
    const key = db
      .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk')
      .all(table)
      .map((column) => column.name);
    const order = key.length === 0 ? '' : ` ORDER BY ${key.join(', ')}`;
    rows[table] = db
      .prepare(`SELECT * FROM ${table}${order}`)
      .all()
      .map((row) => ({ ...(row as Record<string, unknown>), parked_at: undefined }));
  }
  rows.indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").all();
  return rows;
}
