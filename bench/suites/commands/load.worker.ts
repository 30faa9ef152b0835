import autocannon from 'autocannon';
import { serveChild } from '../../support/child';
import { tenantAdminToken } from '../../support/bench-tokens';
import { plannedRequest, STEPS_PER_ACCOUNT, trivialRequest, type PlannedRequest } from './command-mix';

export interface LoadInput {
  readonly url: string;
  readonly target: 'ledger' | 'trivial';
  readonly connections: number;
  readonly durationSeconds: number;
  readonly tenants: number;
  readonly secret: string;
}

export interface LoadResult {
  readonly ok: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly statusCodes: Record<string, number>;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly mean: number;
}

interface Tenants {
  readonly ids: readonly string[];
  readonly tokens: ReadonlyMap<string, string>;
  /** Next step of each tenant's script. */
  readonly steps: Map<string, number>;
}

function tenantsOf(input: LoadInput): Tenants {
  const ids = Array.from({ length: input.tenants }, (_, i) => `t${i}`);
  return {
    ids,
    tokens: new Map(ids.map((id) => [id, `Bearer ${tenantAdminToken(id, input.secret)}`])),
    steps: new Map(ids.map((id) => [id, 0])),
  };
}

function takeStep(input: LoadInput, tenants: Tenants, tenantId: string): PlannedRequest {
  const step = tenants.steps.get(tenantId) ?? 0;
  tenants.steps.set(tenantId, step + 1);
  return (input.target === 'ledger' ? plannedRequest : trivialRequest)(tenantId, step);
}

/**
 * Before the clock starts, tenant i plays the first i mod 6 steps of its script, so the measured
 * requests are the intended mix from the first second even at a low rate (1,000 tenants in
 * lock-step would otherwise all be creating accounts). It is also the JIT warm-up.
 */
async function seed(input: LoadInput, tenants: Tenants): Promise<void> {
  const queue = tenants.ids.map((tenantId, i) => ({ tenantId, steps: i % STEPS_PER_ACCOUNT }));
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      for (let i = 0; i < next.steps; i += 1) {
        const planned = takeStep(input, tenants, next.tenantId);
        const response = await fetch(`${input.url}${planned.path}`, {
          method: planned.method,
          body: planned.body,
          headers: {
            authorization: tenants.tokens.get(next.tenantId) ?? '',
            ...(planned.body === undefined ? {} : { 'content-type': 'application/json' }),
          },
        });
        await response.arrayBuffer();
        if (!response.ok)
          throw new Error(`seeding ${planned.method} ${planned.path} answered ${response.status}`);
      }
    }
  };
  await Promise.all(Array.from({ length: input.connections }, worker));
}

/**
 * The measured autocannon run. A tenant has at most one request in flight: a request takes the
 * tenant at the head of a ready queue and its response puts it back at the tail. So each
 * tenant's script is played in order, and all tenants are written concurrently, round-robin,
 * which is what the ledger is built for. (autocannon resets a connection's context before every
 * request, so the tenant travels in the context only from setupRequest to onResponse.)
 */
async function cannon(input: LoadInput, tenants: Tenants): Promise<autocannon.Result> {
  if (input.tenants < input.connections * 2) {
    throw new Error(
      `--http-tenants (${input.tenants}) must be at least twice --connections (${input.connections})`,
    );
  }
  const ready: string[] = [...tenants.ids];

  interface RequestContext {
    tenantId?: string;
  }

  const setupRequest = (request: autocannon.Request, context: object): autocannon.Request => {
    const tenantId = ready.shift();
    if (tenantId === undefined) throw new Error('no tenant is ready: more connections than tenants');
    (context as RequestContext).tenantId = tenantId;
    const planned = takeStep(input, tenants, tenantId);
    return {
      ...request,
      method: planned.method,
      path: planned.path,
      body: planned.body,
      headers: {
        authorization: tenants.tokens.get(tenantId) ?? '',
        ...(planned.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
    };
  };
  const onResponse = (_status: number, _body: string, context: object): void => {
    const { tenantId } = context as RequestContext;
    if (tenantId !== undefined) ready.push(tenantId);
  };

  return autocannon({
    url: input.url,
    connections: input.connections,
    duration: input.durationSeconds,
    requests: [{ setupRequest, onResponse }],
  });
}

serveChild<LoadInput, LoadResult>(async (input, progress) => {
  const tenants = tenantsOf(input);
  await seed(input, tenants);
  progress('seeded');
  const result = await cannon(input, tenants);
  const statusCodes: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {}))
    statusCodes[code] = stats.count ?? 0;
  return {
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    statusCodes,
    seconds: result.duration,
    perSecond: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: result.latency.mean,
  };
});
