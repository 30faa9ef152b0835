import { READ_MODELS } from '../database/projection-database';
import type { ProjectionDb } from '../database/projection-db';
import { execOffThread } from './off-thread-ddl';

const quoted = (text: string): string => `'${text.replaceAll("'", "''")}'`;
const named = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;

/** The columns of a table's key, in key order; empty for a table keyed by its rowid alone. */
function keyOf(db: ProjectionDb, table: string): string[] {
  return db
    .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk')
    .all(table)
    .map((column) => column.name);
}

function indexesOf(db: ProjectionDb, table: string): { name: string; sql: string }[] {
  return db
    .prepare<[string], { name: string; sql: string }>(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
    )
    .all(table);
}

/**
 * One read model's rows replaced by the shards': its indexes dropped, its rows deleted, the
 * shards' rows inserted in key order (each shard is in key order, so SQLite merges them and every
 * insert appends), its indexes built again by one sort each.
 */
function replaceTable(db: ProjectionDb, table: string, shards: readonly string[]): string {
  const key = keyOf(db, table);
  const order = key.length === 0 ? '' : ` ORDER BY ${key.map(named).join(', ')}`;
  const indexes = indexesOf(db, table);
  const union = shards.map((shard) => `SELECT * FROM ${shard}.${named(table)}`).join(' UNION ALL ');
  return [
    ...indexes.map(({ name }) => `DROP INDEX main.${named(name)};`),
    `DELETE FROM main.${named(table)};`,
    `INSERT INTO main.${named(table)} ${union}${order};`,
    ...indexes.map(({ sql }) => `${sql};`),
  ].join('\n');
}

/**
 * The last step of a parallel rebuild (parallel-rebuild.ts), in one transaction of the live file:
 * every read model replaced by the shards' rows, the events they parked parked here (the skips
 * stay as they are), and every projection's checkpoint moved to `last`. A crash before its COMMIT
 * leaves the projections as they were before the rebuild, at their checkpoints; after, as a
 * rebuild leaves them. Runs on a worker thread's connection when the file allows one (the caller
 * writes nothing meanwhile), so the event loop keeps turning.
 */
export async function mergeShards(
  db: ProjectionDb,
  shardFiles: readonly string[],
  projectionNames: readonly string[],
  last: bigint,
): Promise<void> {
  const shards = shardFiles.map((_, index) => `shard${index}`);
  const tables = READ_MODELS.flatMap(({ names }) => names).filter((table) => table !== 'checkpoints');
  const checkpoints =
    last === 0n
      ? []
      : [
          `INSERT INTO main.checkpoints (name, position) VALUES ${projectionNames
            .map((name) => `(${quoted(name)}, ${quoted(last.toString())})`)
            .join(', ')};`,
        ];
  const sql = [
    // SPEC §5: the rows deleted here (names, numbers, actors) are overwritten, as on the live connection.
    'PRAGMA secure_delete = ON;',
    ...shardFiles.map((file, index) => `ATTACH DATABASE ${quoted(file)} AS ${shards[index]};`),
    'BEGIN IMMEDIATE;',
    ...tables.map((table) => replaceTable(db, table, shards)),
    'DELETE FROM main.parked_events WHERE skipped = 0;',
    ...shards.map(
      (shard) =>
        `INSERT OR IGNORE INTO main.parked_events SELECT * FROM ${shard}.parked_events WHERE skipped = 0;`,
    ),
    'DELETE FROM main.checkpoints;',
    ...checkpoints,
    'COMMIT;',
    ...shards.map((shard) => `DETACH DATABASE ${shard};`),
  ].join('\n');
  try {
    await execOffThread(db, sql);
  } catch (error) {
    // Run here (execOffThread's fallback) and failed part-way: nothing of it may stay.
    if (db.inTransaction) db.exec('ROLLBACK');
    for (const shard of shards) {
      try {
        db.exec(`DETACH DATABASE ${shard}`);
      } catch {
        // Not attached.
      }
    }
    throw error;
  }
}
