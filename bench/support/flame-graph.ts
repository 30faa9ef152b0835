/**
 * A V8 CPU profile (`.cpuprofile`, as `node --cpu-prof` or the inspector writes it) as a flame
 * graph in one self-contained SVG (root at the top, each frame as wide as its share of the
 * samples, a tooltip per frame), and the self time of the profile grouped by the layer that spent
 * it. Written for bench/profile-http.ts; no dependency, so the SVG can be committed and read on
 * GitHub.
 */

export interface CpuProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly hitCount?: number;
  readonly children?: readonly number[];
}

export interface CpuProfile {
  readonly nodes: readonly CpuProfileNode[];
  /** When the profile started, in µs of the monotonic clock (process.hrtime's). */
  readonly startTime?: number;
  /** The node of each sample, in time order, and the µs before each (the first: since startTime). */
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

/**
 * The part of `profile` sampled between two instants (µs of the monotonic clock, as `startTime`):
 * the same nodes, with the hit counts of those samples only. Where a stall of the event loop went.
 */
export function profileBetween(profile: CpuProfile, fromUs: number, toUs: number): CpuProfile {
  const hits = new Map<number, number>();
  let at = profile.startTime ?? 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let index = 0; index < samples.length; index += 1) {
    at += deltas[index] ?? 0;
    if (at < fromUs || at > toUs) continue;
    hits.set(samples[index], (hits.get(samples[index]) ?? 0) + 1);
  }
  return { nodes: profile.nodes.map((node) => ({ ...node, hitCount: hits.get(node.id) ?? 0 })) };
}

/** Which layer a frame belongs to, by where its code lives; null for Node's own and native frames. */
const LAYERS: readonly (readonly [RegExp, string])[] = [
  [/node_modules\/@nestjs\/throttler\//, 'rate limit (@nestjs/throttler)'],
  [/node_modules\/@nestjs\/cqrs\//, 'command bus (@nestjs/cqrs)'],
  [/node_modules\/@nestjs\//, 'Nest'],
  [/node_modules\/rxjs\//, 'rxjs'],
  [
    /node_modules\/(fastify|find-my-way|avvio|light-my-request|@fastify|fast-json-stringify|secure-json-parse|fast-querystring)\//,
    'Fastify',
  ],
  [
    /node_modules\/(class-validator|class-transformer|validator|libphonenumber-js)\//,
    'validation (class-validator)',
  ],
  [/node_modules\/(jsonwebtoken|jws|jwa|safe-buffer|semver|lodash\.)/, 'JWT (jsonwebtoken)'],
  [/node_modules\/(pino|pino-std-serializers|sonic-boom|thread-stream)/, 'logging (pino)'],
  [/node_modules\/prom-client\//, 'metrics (prom-client)'],
  [/node_modules\/better-sqlite3\//, 'event store (better-sqlite3)'],
  [/node_modules\/(@eventstore|@grpc|google-protobuf)\//, 'event store (EventStoreDB client, gRPC)'],
  [/node_modules\//, 'other packages'],
  [/\/libs\/event-store\//, 'event store'],
  [/\/libs\/licensing\//, 'domain (libs/licensing)'],
  [/\/libs\/projections\//, 'projections'],
  [/\/libs\/runtime\//, 'runtime (ids, metadata, personal data)'],
  [
    /\/apps\/ledger-api\/src\/(auth|limits|http|observability)\//,
    'ledger-api edge (auth, limits, http, observability)',
  ],
  [/\/apps\/ledger-api\//, 'ledger-api (write model, handler, controllers)'],
  [/\/bench\//, 'bench harness'],
];

const SPECIAL: Readonly<Record<string, string>> = {
  '(garbage collector)': 'GC',
  '(idle)': 'idle',
  '(program)': 'V8 and native (program)',
};

function layerOfFrame(node: CpuProfileNode): string | null {
  const special = SPECIAL[node.callFrame.functionName];
  if (special !== undefined && node.callFrame.url === '') return special;
  for (const [pattern, layer] of LAYERS) if (pattern.test(node.callFrame.url)) return layer;
  return null;
}

interface Frame {
  readonly node: CpuProfileNode;
  readonly children: Frame[];
  readonly total: number;
  readonly self: number;
}

function treeOf(profile: CpuProfile): Frame {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const build = (node: CpuProfileNode): Frame => {
    const children = (node.children ?? []).map((id) => build(byId.get(id) as CpuProfileNode));
    const self = node.hitCount ?? 0;
    return { node, children, self, total: self + children.reduce((sum, child) => sum + child.total, 0) };
  };
  return build(profile.nodes[0]);
}

/**
 * Self samples by layer: a frame of Node's own or native code (JSON.stringify, crypto, streams)
 * counts for the nearest caller that has a layer, so `JSON.parse` under Fastify's body parser is
 * Fastify's, under the store's decoding the store's.
 */
export function selfTimeByLayer(profile: CpuProfile): { layer: string; share: number }[] {
  const totals = new Map<string, number>();
  let all = 0;
  const walk = (frame: Frame, inherited: string): void => {
    const layer = layerOfFrame(frame.node) ?? inherited;
    if (frame.self > 0) {
      totals.set(layer, (totals.get(layer) ?? 0) + frame.self);
      all += frame.self;
    }
    for (const child of frame.children) walk(child, layer);
  };
  walk(treeOf(profile), 'Node internals');
  return [...totals.entries()]
    .map(([layer, samples]) => ({ layer, share: samples / all }))
    .sort((a, b) => b.share - a.share);
}

/** A frame as people read it: its function (or "(anonymous)") and file:line, the repository path dropped. */
function labelOf(node: CpuProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url
    .replace(/^.*\/(node_modules\/)/, '')
    .replace(/^file:\/\/\/work\/[^/]+\//, '')
    .replace(/^\/work\/[^/]+\//, '');
  const name = functionName === '' ? '(anonymous)' : functionName;
  return file === '' ? name : `${name} ${file}:${lineNumber + 1}`;
}

/**
 * Every function with its self share and its inclusive share (the samples under it, a recursive
 * call counted once): where a profile's time goes, finer than the layers. Largest inclusive first.
 */
export function functionShares(profile: CpuProfile): { name: string; self: number; inclusive: number }[] {
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let all = 0;
  const walk = (frame: Frame, open: ReadonlySet<string>): void => {
    const name = labelOf(frame.node);
    if (frame.self > 0) {
      self.set(name, (self.get(name) ?? 0) + frame.self);
      all += frame.self;
    }
    if (!open.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + frame.total);
    const below = open.has(name) ? open : new Set([...open, name]);
    for (const child of frame.children) walk(child, below);
  };
  walk(treeOf(profile), new Set(['(root)']));
  return [...inclusive.entries()]
    .map(([name, samples]) => ({ name, self: (self.get(name) ?? 0) / all, inclusive: samples / all }))
    .sort((a, b) => b.inclusive - a.inclusive);
}

const WIDTH = 1600;
const ROW = 17;
/** Frames narrower than this many pixels are left out (their time stays in their parent's width). */
const MIN_WIDTH = 0.6;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function colourOf(layer: string | null): string {
  let hash = 0;
  for (const char of layer ?? 'node') hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const hue = layer === null ? 30 : hash % 360;
  const light = layer === null ? 82 : 62 + (hash % 16);
  return `hsl(${hue},${layer === null ? 10 : 65}%,${light}%)`;
}

/** The flame graph as SVG text; `title` is printed above it. */
export function flameGraphSvg(profile: CpuProfile, title: string): string {
  const root = treeOf(profile);
  const scale = WIDTH / Math.max(1, root.total);
  const rects: string[] = [];
  let depthMax = 0;
  const draw = (frame: Frame, x: number, depth: number): void => {
    const width = frame.total * scale;
    if (width < MIN_WIDTH) return;
    depthMax = Math.max(depthMax, depth);
    const y = 40 + depth * ROW;
    const label = labelOf(frame.node);
    const layer = layerOfFrame(frame.node);
    const percent = ((frame.total / root.total) * 100).toFixed(2);
    const fits = Math.floor((width - 4) / 6.2);
    const text = fits >= 3 ? (label.length <= fits ? label : `${label.slice(0, fits - 1)}…`) : '';
    rects.push(
      `<g><title>${escapeXml(`${label} — ${percent} % (${layer ?? 'Node internals'})`)}</title>` +
        `<rect x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${ROW - 1}" fill="${colourOf(layer)}"/>` +
        (text === '' ? '' : `<text x="${(x + 2).toFixed(1)}" y="${y + 12}">${escapeXml(text)}</text>`) +
        '</g>',
    );
    let childX = x;
    for (const child of frame.children) {
      draw(child, childX, depth + 1);
      childX += child.total * scale;
    }
  };
  draw(root, 0, 0);
  // A legend: each layer's colour and its share of the self time (selfTimeByLayer).
  const legendTop = 40 + (depthMax + 1) * ROW + 16;
  const legend = selfTimeByLayer(profile)
    .filter(({ share }) => share >= 0.005)
    .map(({ layer, share }, index) => {
      const x = (index % 4) * (WIDTH / 4);
      const y = legendTop + Math.floor(index / 4) * ROW;
      const known = layer === 'Node internals' ? null : layer;
      return (
        `<rect x="${x + 4}" y="${y}" width="12" height="12" fill="${colourOf(known)}"/>` +
        `<text x="${x + 20}" y="${y + 10}">${escapeXml(`${(share * 100).toFixed(1)} % ${layer}`)}</text>`
      );
    });
  const height = legendTop + Math.ceil(legend.length / 4) * ROW + 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="monospace" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="4" y="16" font-size="14">${escapeXml(title)}</text>`,
    `<text x="4" y="32" fill="#555">${root.total} samples; width = share of CPU samples, root at the top; hover a frame for its share and layer</text>`,
    ...rects,
    ...legend,
    '</svg>',
    '',
  ].join('\n');
}
