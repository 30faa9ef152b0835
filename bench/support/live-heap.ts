/**
 * What holds the JS heap at its highest: V8's sampling heap profiler, on for a whole run, keeps a
 * sample of every allocation (one per `SAMPLING_BYTES` on average) for as long as the object lives.
 * The profile taken when the heap is at its largest therefore says which code allocated the
 * memory that was still live at the peak, and from where it was called. A profile is fetched each
 * time a poll sees the used heap above every earlier poll, so the one kept is within a poll of the
 * peak. Cheaper than a heap snapshot of a gigabyte heap, which stops the process and needs several
 * times the heap to write. Not free either: each fetch collects garbage first and held the event
 * loop about a second with a 700 MiB heap, so the stalls of a run that records the live heap are
 * the recorder's, not the work's.
 */
import type { Session } from 'node:inspector/promises';

/** Average bytes between two samples: V8's default. */
const SAMPLING_BYTES = 32 * 1024;
/** How often the used heap is compared with its highest so far. */
const POLL_MS = 5_000;

export interface SamplingHeapNode {
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  /** Bytes of the live samples allocated by this frame itself (scaled to the whole heap by V8). */
  readonly selfSize: number;
  readonly children: readonly SamplingHeapNode[];
}

export interface SamplingHeapProfile {
  readonly head: SamplingHeapNode;
}

export interface LiveHeapAtPeak {
  /** The used JS heap when the profile was taken. */
  readonly heapUsed: number;
  readonly profile: SamplingHeapProfile;
}

/** Starts sampling; `stop()` answers the profile taken at the highest used heap seen. */
export async function recordLiveHeap(session: Session): Promise<{ stop: () => Promise<LiveHeapAtPeak> }> {
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', { samplingInterval: SAMPLING_BYTES });
  let best: LiveHeapAtPeak | null = null;
  let fetching: Promise<void> = Promise.resolve();
  const fetchIfHigher = (): void => {
    const { heapUsed } = process.memoryUsage();
    if (best !== null && heapUsed <= best.heapUsed) return;
    fetching = fetching.then(async () => {
      const { profile } = await session.post('HeapProfiler.getSamplingProfile');
      best = { heapUsed, profile: profile as SamplingHeapProfile };
    });
  };
  const timer = setInterval(fetchIfHigher, POLL_MS);
  return {
    stop: async () => {
      clearInterval(timer);
      fetchIfHigher();
      await fetching;
      await session.post('HeapProfiler.stopSampling');
      if (best === null) throw new Error('no heap profile was taken');
      return best;
    },
  };
}

const frameName = (node: SamplingHeapNode): string => {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^.*\/(node_modules\/|libs\/|apps\/|bench\/)/, '$1');
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
};

/**
 * The live bytes by the function that allocated them (self), and by the chain of callers above
 * the allocation (the allocating frame and up to `depth` callers), largest first.
 */
export function liveHeapBySite(
  profile: SamplingHeapProfile,
  depth = 4,
): { total: number; bySelf: { name: string; bytes: number }[]; byStack: { stack: string; bytes: number }[] } {
  const bySelf = new Map<string, number>();
  const byStack = new Map<string, number>();
  let total = 0;
  const walk = (node: SamplingHeapNode, callers: readonly string[]): void => {
    const name = frameName(node);
    const chain = [name, ...callers];
    if (node.selfSize > 0) {
      total += node.selfSize;
      bySelf.set(name, (bySelf.get(name) ?? 0) + node.selfSize);
      const stack = chain.slice(0, depth + 1).join('\n      ← ');
      byStack.set(stack, (byStack.get(stack) ?? 0) + node.selfSize);
    }
    for (const child of node.children) walk(child, chain);
  };
  walk(profile.head, []);
  const largestFirst = (map: Map<string, number>): [string, number][] =>
    [...map].sort((a, b) => b[1] - a[1]);
  return {
    total,
    bySelf: largestFirst(bySelf).map(([name, bytes]) => ({ name, bytes })),
    byStack: largestFirst(byStack).map(([stack, bytes]) => ({ stack, bytes })),
  };
}
