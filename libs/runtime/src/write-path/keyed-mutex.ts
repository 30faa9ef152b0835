/**
 * Runs work one at a time per key. Commands of one tenant are decided in order inside
 * this process, so they never race each other for the expected revision; races with
 * other processes are still caught by the store and decided again.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const current = previous.then(work, work);
    const tail = current.catch(() => undefined);
    this.tails.set(key, tail);
    try {
      return await current;
    } finally {
      // Forget the key once nobody queued behind us, so the map does not grow with every tenant ever seen.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
