import type Database from 'better-sqlite3';

/** The projection database: one SQLite connection (projection-database.ts opens it). */
export type ProjectionDb = Database.Database;

/** The tables a projection keeps, and the DDL that creates them (IF NOT EXISTS); declared beside the projection. */
export interface ProjectionTables {
  readonly names: readonly string[];
  readonly ddl: string;
}
