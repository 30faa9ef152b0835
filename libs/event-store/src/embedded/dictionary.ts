import type Database from 'better-sqlite3';

/**
 * Texts every event would otherwise repeat — its type, the list of keys of each JSON object in it
 * (its shape) — stored once in the `dictionary` table and referred to by their id. The table only
 * grows, and an entry's id never changes, so every connection (another process's too) can cache it.
 * An entry is plain text: whether an id names a type or a shape is up to the column that holds it.
 */
export class Dictionary {
  private readonly ids = new Map<string, number>();
  private readonly entries: (string | undefined)[] = [];
  private readonly shapes: (readonly string[] | undefined)[] = [];
  private readonly insert: Database.Statement<[string], unknown>;
  private readonly idOfEntry: Database.Statement<[string], { id: bigint }>;
  private readonly entryOfId: Database.Statement<[number], { entry: string }>;

  constructor(db: Database.Database) {
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

  /** Forgets what a rolled-back transaction may have added (ids are only trusted once committed). */
  forget(): void {
    this.ids.clear();
    this.entries.length = 0;
    this.shapes.length = 0;
  }

  private remember(id: number, entry: string): void {
    this.ids.set(entry, id);
    this.entries[id] = entry;
  }
}
