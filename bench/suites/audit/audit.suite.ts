import * as path from 'node:path';
import { LedgerProjections, type HistoryFilter } from '@ledger/projections';
import { LEDGER_EVENT_TYPES, type LedgerEventType } from '@ledger/licensing';
import type { LedgerFixture } from '../../fixtures/ledger-fixture';
import { seededRandom } from '../../support/seeded-random';
import { startBenchApi } from '../../support/bench-api';
import { BENCH_JWT_SECRET, globalAdminToken } from '../../support/bench-tokens';
import { runChild } from '../../support/child';
import { profiled } from '../../support/cpu-profile';
import type { BenchOptions } from '../../support/options';
import { log, quietly } from '../../support/quiet';
import type { ResultRow } from '../../support/report';
import { formatMs, formatNumber, msSince, percentile } from '../../support/stats';
import { createTrivialApp } from '../commands/trivial-app';
import type { AuditInput, AuditOutput } from './audit.worker';

const WORKER = path.join(__dirname, 'audit.worker.ts');
const LIMIT = 100;

interface AuditQuery {
  readonly tenantId: string;
  readonly filter: HistoryFilter;
}

/**
 * History pages of the big tenants (thousands of events each), limit 100, each with a filter an
 * auditor would use: one account, one event type, a time window, or a type within a window,
 * starting at a random page. Seeded, so every run asks the same questions.
 */
function auditQueries(fixture: LedgerFixture, count: number): AuditQuery[] {
  const random = seededRandom(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const span = Date.parse(fixture.to) - Date.parse(fixture.from);
  const types: readonly LedgerEventType[] = LEDGER_EVENT_TYPES;
  return Array.from({ length: count }, (_, i) => {
    const big = pick(fixture.bigTenants);
    const windowStart = Date.parse(fixture.from) + random() * span * 0.9;
    const window = {
      from: new Date(windowStart).toISOString(),
      to: new Date(windowStart + span * 0.1).toISOString(),
    };
    const kind = i % 4;
    const filter: HistoryFilter =
      kind === 0
        ? { accountId: big.accountIds.length > 0 ? pick(big.accountIds) : 'none', limit: LIMIT }
        : kind === 1
          ? { type: pick(types), limit: LIMIT, after: Math.floor(random() * 2000) }
          : kind === 2
            ? { ...window, limit: LIMIT }
            : {
                ...window,
                type: pick(['LicenseAssigned', 'LicenseSwapped', 'AccountCreated'] as const),
                limit: LIMIT,
              };
    return { tenantId: big.tenantId, filter };
  });
}

function pathOf({ tenantId, filter }: AuditQuery): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value !== undefined) query.set(key, String(value));
  return `/v1/tenants/${encodeURIComponent(tenantId)}/history?${query.toString()}`;
}

/**
 * The HTTP floor of the same client on the same machine: a trivial authenticated GET (the
 * commands benchmark's ceiling app), as many requests, one after another.
 */
async function trivialRoundTrips(input: AuditInput): Promise<number[]> {
  const app = await quietly(() => createTrivialApp(BENCH_JWT_SECRET, 65_536));
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    const paths = input.paths.map((_, i) => `/v1/tenants/t${i % 100}/ping`);
    const url = `http://127.0.0.1:${address.port}`;
    await runChild<AuditInput, AuditOutput>(WORKER, { url, token: input.token, paths: paths.slice(0, 200) });
    return (await runChild<AuditInput, AuditOutput>(WORKER, { url, token: input.token, paths })).latencies;
  } finally {
    await app.close();
  }
}

export async function auditSuite(
  options: BenchOptions,
  fixture: LedgerFixture,
): Promise<{ rows: ResultRow[]; notes: string[] }> {
  const queries = auditQueries(fixture, options.audit.queries);
  const { app, url } = await startBenchApi(options, fixture.dataDir, BigInt(fixture.events));
  try {
    // The query alone, in-process: the read model's SQL and JSON, no HTTP, no auth.
    const readModels = app.get(LedgerProjections).readModels;
    const direct: number[] = [];
    for (const query of [...queries, ...queries]) {
      const start = process.hrtime.bigint();
      readModels.history(query.tenantId, query.filter);
      direct.push(msSince(start));
    }
    const directSteady = direct.slice(queries.length); // the second pass: statement cache and pages warm

    const input: AuditInput = { url, token: globalAdminToken(), paths: queries.map(pathOf) };
    await runChild<AuditInput, AuditOutput>(WORKER, { ...input, paths: input.paths.slice(0, 200) }); // warm-up
    const load = (): Promise<AuditOutput> => runChild<AuditInput, AuditOutput>(WORKER, input);
    const profileDir = options.profileDir;
    const measured =
      profileDir === null
        ? { result: await load(), summary: null }
        : await profiled(
            path.join(profileDir, 'audit-api'),
            'the API under the history load: CPU of its process (main thread)',
            load,
          );
    const http = measured.result;
    const trivial = await trivialRoundTrips(input);
    const p50 = percentile(http.latencies, 50);
    const p99 = percentile(http.latencies, 99);
    const query = { p50: percentile(directSteady, 50), p99: percentile(directSteady, 99) };
    const round = { p50: percentile(trivial, 50), p99: percentile(trivial, 99) };
    log(
      `  audit: HTTP p50 ${formatMs(p50)} ms, p99 ${formatMs(p99)} ms; query alone p50 ${formatMs(query.p50)}, p99 ${formatMs(query.p99)} ms; ` +
        `trivial GET p50 ${formatMs(round.p50)}, p99 ${formatMs(round.p99)} ms`,
    );
    // Per filter: HTTP p99, and in brackets the query alone (in-process), to see which filter costs.
    const byKind = ['account', 'type', 'window', 'type+window'].map((name, kind) => {
      const samples = http.latencies.filter((_, i) => i % 4 === kind);
      const alone = directSteady.filter((_, i) => i % 4 === kind);
      return `${name} p99 ${formatMs(percentile(samples, 99))} ms (query ${formatMs(percentile(alone, 99))} ms)`;
    });
    return {
      rows: [
        {
          figure: `audit: history page (limit ${LIMIT}, with a filter) in the ${formatNumber(fixture.events)}-event store, p50 / p99`,
          value: `${formatMs(p50)} / ${formatMs(p99)} ms`,
          ceiling:
            `${formatMs(round.p50)} / ${formatMs(round.p99)} ms a trivial authenticated GET, same client; ` +
            `${formatMs(query.p50)} / ${formatMs(query.p99)} ms the same query in-process`,
          ratio: `${(p99 / round.p99).toFixed(2)}× the GET (p99)`,
          // Issue 18: the page's tail within 1.2× the same client's trivial GET, in the same run.
          target: 'p99 ≤ 1.2× the trivial GET',
          met: p99 <= 1.2 * round.p99,
        },
      ],
      notes: [
        ...(measured.summary === null
          ? []
          : [`audit, the API profiled during the HTTP pass (the profiler slows it): ${measured.summary}`]),
        `audit: ${formatNumber(queries.length)} sequential GET /history from a separate process over the ${fixture.bigTenants.length} largest tenants; ${byKind.join(', ')}; ${http.failures} failures, ${formatNumber(http.entries)} entries returned`,
      ],
    };
  } finally {
    await app.close();
  }
}
