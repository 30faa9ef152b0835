import type { Prng } from '@ledger/runtime';

/** A set of ids with O(1) add, remove and uniform random pick: the generator's view of "some account like this". */
export class IdPool {
  private readonly ids: string[] = [];
  private readonly index = new Map<string, number>();

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  add(id: string): void {
    if (this.index.has(id)) return;
    this.index.set(id, this.ids.length);
    this.ids.push(id);
  }

  remove(id: string): void {
    const at = this.index.get(id);
    if (at === undefined) return;
    const last = this.ids.pop() as string;
    this.index.delete(id);
    if (last !== id) {
      this.ids[at] = last;
      this.index.set(last, at);
    }
  }

  pick(prng: Prng): string | undefined {
    return this.ids.length === 0 ? undefined : this.ids[Math.floor(prng.next() * this.ids.length)];
  }
}
