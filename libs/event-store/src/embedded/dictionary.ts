import type Database from 'better-sqlite3';

/** The table a dictionary lives in (in the event store's file, and in any other file that uses one). */
export const DICTIONARY_DDL = `
CREATE TABLE IF NOT EXISTS dictionary (
  id    INTEGER PRIMARY KEY,
  entry TEXT    NOT NULL UNIQUE
);`;

/**
 * Texts every event would otherwise repeat — its type, the list of keys of each JSON object in it
 * (its shape) — stored once in the `dictionary` table and referred to by their id. The table only
 * grows, and an entry's id never changes, so every connection (another process's too) can cache it.
 * An entry is plain text: whether an id names a type or a shape is up to the column that holds it.
 *
 * Inside a transaction (the projections write theirs in one per batch), an entry added is pending:
 * the transaction, or a savepoint in it, may still roll it back. A pending entry is trusted, as any
 * other, until `rolledBack()` says a rollback may have taken it: then every pending entry is
 * forgotten (its id may go to another entry) and looked up again at its next use. So whoever adds
 * entries inside a transaction says how it ended: `committed()` or `rolledBack()`, after a rolled
 * back savepoint too. (Issue 18: looking pending entries up again at each use, with the batch's new
 * tenants pending for the whole batch, was 13 % of a rebuild.)
 */
export class Dictionary {
  private readonly ids = new Map<string, number>();
  /** Entries added inside a transaction not yet known to have committed, with their ids. */
  private readonly pending = new Map<string, number>();
  private readonly entries: (string | undefined)[] = [];
  private readonly shapes: (readonly string[] | undefined)[] = [];
  private readonly insert: Database.Statement<[string], unknown>;
  private readonly idOfEntry: Database.Statement<[string], { id: bigint }>;
  private readonly entryOfId: Database.Statement<[number], { entry: string }>;

  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare('INSERT INTO dictionary (entry) VALUES (?) ON CONFLICT (entry) DO NOTHING');
    this.idOfEntry = db.prepare('SELECT id FROM dictionary WHERE entry = ?');
    this.entryOfId = db.prepare('SELECT entry FROM dictionary WHERE id = ?');
  }

  /**
   * The id of `entry`, added to the table when new. Outside a transaction the insert commits on its
   * own: an entry whose event is then refused stays, unused and harmless.
   */
  idOf(entry: string): number {
    const known = this.ids.get(entry);
    if (known !== undefined) return known;
    this.insert.run(entry);
    const row = this.idOfEntry.get(entry);
    if (row === undefined) throw new Error(`the dictionary lost the entry ${JSON.stringify(entry)}`);
    const id = Number(row.id);
    this.remember(id, entry);
    return id;
  }

  /** Whether `entry` was added inside a transaction not yet known to have committed. */
  isPending(entry: string): boolean {
    return this.pending.has(entry);
  }

  /** The transaction that added the pending entries committed: they are there to stay. */
  committed(): void {
    this.pending.clear();
  }

  /**
   * The transaction that added the pending entries, or a savepoint in it, rolled back: they may be
   * gone, and their ids given to other entries. Forgotten, so their next use looks them up again.
   */
  rolledBack(): void {
    for (const [entry, id] of this.pending) {
      this.ids.delete(entry);
      this.entries[id] = undefined;
      this.shapes[id] = undefined;
    }
    this.pending.clear();
  }

  /** The id of `entry` if the table holds it (this connection's or another's), without adding it. */
  find(entry: string): number | undefined {
    const known = this.ids.get(entry);
    if (known !== undefined) return known;
    const row = this.idOfEntry.get(entry);
    if (row === undefined) return undefined;
    this.remember(Number(row.id), entry);
    return Number(row.id);
  }

  entryOf(id: number): string {
    const known = this.entries[id];
    if (known !== undefined) return known;
    // Added by another connection since this one last looked.
    const row = this.entryOfId.get(id);
    if (row === undefined) throw new Error(`the event store's dictionary has no entry ${id}`);
    this.remember(id, row.entry);
    return row.entry;
  }

  /** The keys of a shape entry (a JSON array of strings), parsed once. */
  keysOf(id: number): readonly string[] {
    const known = this.shapes[id];
    if (known !== undefined) return known;
    const keys = JSON.parse(this.entryOf(id)) as string[];
    this.shapes[id] = keys;
    return keys;
  }

  /** Read inside a transaction, an entry may be one it (or a savepoint in it) added: pending. */
  private remember(id: number, entry: string): void {
    this.ids.set(entry, id);
    this.entries[id] = entry;
    if (this.db.inTransaction) this.pending.set(entry, id);
  }
}
