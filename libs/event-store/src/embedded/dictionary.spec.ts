import Database from 'better-sqlite3';
import { Dictionary, DICTIONARY_DDL } from './dictionary';

function givenAFile(): Database.Database {
  const db = new Database(':memory:');
  db.exec(DICTIONARY_DDL);
  return db;
}

describe('the dictionary: a text stored once, referred to by an id that never changes', () => {
  it('gives one id per entry, to this connection and to another reading the same table', () => {
    const db = givenAFile();
    const writer = new Dictionary(db);
    const id = writer.idOf('AccountCreated');
    expect(writer.idOf('AccountCreated')).toBe(id);
    expect(writer.idOf('AccountDeleted')).not.toBe(id);
    const reader = new Dictionary(db);
    expect(reader.entryOf(id)).toBe('AccountCreated');
    expect(reader.find('AccountCreated')).toBe(id);
    expect(reader.find('never written')).toBeUndefined();
    db.close();
  });

  it('adds again, after a rollback, an entry first added inside the rolled-back transaction', () => {
    const db = givenAFile();
    const dictionary = new Dictionary(db);
    db.exec('BEGIN');
    dictionary.idOf('["tenantId"]');
    db.exec('ROLLBACK');
    dictionary.rolledBack();

    db.exec('BEGIN');
    const id = dictionary.idOf('["tenantId"]');
    db.exec('COMMIT');
    dictionary.committed();
    expect(new Dictionary(db).entryOf(id)).toBe('["tenantId"]');
    db.close();
  });

  it('adds again an entry a savepoint rolled back, inside the same transaction', () => {
    const db = givenAFile();
    const dictionary = new Dictionary(db);
    db.exec('BEGIN');
    db.exec('SAVEPOINT apply');
    dictionary.idOf('["accountId"]');
    db.exec('ROLLBACK TO apply');
    db.exec('RELEASE apply');
    dictionary.rolledBack();
    const id = dictionary.idOf('["accountId"]');
    db.exec('COMMIT');
    expect(new Dictionary(db).entryOf(id)).toBe('["accountId"]');
    db.close();
  });

  it('trusts an entry added in the open transaction until a rollback: its id is the one the transaction holds', () => {
    const db = givenAFile();
    const dictionary = new Dictionary(db);
    db.exec('BEGIN');
    const id = dictionary.idOf('tenant-a');
    // Issue 18: the rows of a batch refer to it again and again; no statement is needed to say its id.
    db.exec('DELETE FROM dictionary');
    expect(dictionary.idOf('tenant-a')).toBe(id);
    expect(dictionary.entryOf(id)).toBe('tenant-a');
    db.exec('ROLLBACK');
    db.close();
  });

  it('never gives, after a rollback, the id a rolled-back entry had to that entry when another took it', () => {
    const db = givenAFile();
    const dictionary = new Dictionary(db);
    db.exec('BEGIN');
    const rolledBackId = dictionary.idOf('tenant-a');
    db.exec('ROLLBACK');
    dictionary.rolledBack();

    db.exec('BEGIN');
    const other = dictionary.idOf('tenant-b');
    const again = dictionary.idOf('tenant-a');
    db.exec('COMMIT');
    dictionary.committed();

    expect(other).toBe(rolledBackId); // SQLite gave the freed id to the next entry
    expect(again).not.toBe(other);
    const reader = new Dictionary(db);
    expect(reader.entryOf(again)).toBe('tenant-a');
    expect(reader.entryOf(other)).toBe('tenant-b');
    expect(dictionary.entryOf(other)).toBe('tenant-b');
    db.close();
  });

  it('refuses an id the table does not hold rather than guess', () => {
    const db = givenAFile();
    expect(() => new Dictionary(db).entryOf(42)).toThrow(/no entry 42/);
    db.close();
  });
});
