import { randomUUID } from 'node:crypto';
import type { EventToAppend, JsonObject, RecordedEvent } from '../events';

/**
 * Helpers of the store contract suite. Every name is unique per call so the suite can run against a
 * store other tests (or other runs) are using at the same time.
 */

/** A stream of its own, shaped like a tenant stream (SPEC §2). */
export function aStreamName(): string {
  return `licensing-tenant-contract-${randomUUID()}`;
}

/** A prefix no other case uses; streams built as `${prefix}a`, `${prefix}b` match it, nothing else does. */
export function aStreamPrefix(): string {
  return `licensing-tenant-contract-${randomUUID()}-`;
}

/** Ids are UUIDs: EventStoreDB accepts nothing else. */
export function anEvent(type = 'LicensePurchased', data: JsonObject = { quantity: 1 }): EventToAppend {
  return {
    id: randomUUID(),
    type,
    data,
    metadata: { activityId: randomUUID(), actor: 'contract-suite', schemaVersion: 1 },
  };
}

export function someEvents(count: number, type = 'LicenseAssigned'): EventToAppend[] {
  return Array.from({ length: count }, (_, index) => anEvent(type, { index }));
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** What a reader should see of an appended event, minus what only the store decides (position, time). */
export function asRead(streamName: string, event: EventToAppend, revision: bigint) {
  return { id: event.id, streamName, revision, type: event.type, data: event.data, metadata: event.metadata };
}

export function idsOf(events: readonly { readonly id: string }[]): string[] {
  return events.map((event) => event.id);
}

export function positionsOf(events: readonly RecordedEvent[]): bigint[] {
  return events.map((event) => event.position);
}

export function isStrictlyIncreasing(values: readonly bigint[]): boolean {
  return values.every((value, index) => index === 0 || value > values[index - 1]);
}

/** Settles to the error a promise rejects with, or fails the case if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (result) => {
      throw new Error(
        `Expected a rejection, got ${JSON.stringify(result, (_, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value))}`,
      );
    },
    (error: unknown) => error,
  );
}

/**
 * The next `count` items of a live iterator, failing after `timeoutMs` instead of hanging the
 * run when an expected event never arrives.
 */
export async function takeNext<T>(iterator: AsyncIterator<T>, count: number, timeoutMs = 5000): Promise<T[]> {
  const items: T[] = [];
  while (items.length < count) {
    const result = await withTimeout(iterator.next(), timeoutMs, `item ${items.length + 1} of ${count}`);
    if (result.done) throw new Error(`The iteration ended after ${items.length} of ${count} items`);
    items.push(result.value);
  }
  return items;
}

export async function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves when `promise` has not settled within `ms`: "nothing more arrives". */
export async function staysPending(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const pending = Symbol('pending');
  const result = await Promise.race([
    promise.then(() => 'settled'),
    new Promise((resolve) => {
      timer = setTimeout(() => resolve(pending), ms);
    }),
  ]);
  clearTimeout(timer);
  return result === pending;
}
