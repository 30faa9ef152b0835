import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EmbeddedEventStore } from '@ledger/event-store';

/** A temporary directory and the embedded store (`ledger.sqlite`) in it, new for each test. */
export class TemporaryStore {
  private current: { dir: string; store: EmbeddedEventStore } | null = null;

  get dir(): string {
    return this.opened().dir;
  }

  get store(): EmbeddedEventStore {
    return this.opened().store;
  }

  /** A file of the test's own directory, e.g. its projection database. */
  file(name: string): string {
    return path.join(this.dir, name);
  }

  open(prefix: string): void {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    this.current = { dir, store: EmbeddedEventStore.open(path.join(dir, 'ledger.sqlite')) };
  }

  async close(): Promise<void> {
    if (this.current === null) return;
    const { dir, store } = this.current;
    this.current = null;
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  private opened(): { dir: string; store: EmbeddedEventStore } {
    if (this.current === null) throw new Error('the temporary store is only open during a test');
    return this.current;
  }
}

/**
 * Test support, the given-step the projection specs share: before each test a new embedded store
 * in a new temporary directory (named from `prefix`); after it, both gone.
 */
export function givenATemporaryStore(prefix: string): TemporaryStore {
  const temporary = new TemporaryStore();
  beforeEach(() => temporary.open(prefix));
  afterEach(() => temporary.close());
  return temporary;
}
