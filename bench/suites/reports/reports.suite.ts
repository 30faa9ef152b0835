import type { EventStore } from '@ledger/event-store';
import {
  decodeLedgerEvent,
  evolveRecorded,
  initialTenantState,
  TENANT_STREAM_PREFIX,
  tenantIdOfStream,
  type TenantState,
} from '@ledger/licensing';
import { attentionReport, LedgerProjections, pastQuotaReport, type TrendRequest } from '@ledger/projections';
import { openConfiguredEventStore, parseLedgerConfig, projectionsFileOf } from '@ledger/runtime';
import type { LedgerFixture } from '../../fixtures/ledger-fixture';
import { benchApiEnv } from '../../support/api-env';
import type { BenchOptions } from '../../support/options';
import { log } from '../../support/quiet';
import type { ResultRow } from '../../support/report';
import { formatNumber, medianRun, msSince } from '../../support/stats';

/** Issue 14's targets for the reports over every tenant, on 1,000,000 events over 10,000 tenants. */
const TREND_TARGET_MS = 5000;
const TREND_TARGET_RATIO = 3;
const AS_OF_TARGET_MS = 1000;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = process.hrtime.bigint();
  const result = await work();
  return { ms: msSince(start), result };
}

/**
 * The baseline: every event of the log read once through the store the service uses, decoded and
 * folded with `evolve` into its tenant's state — a plain replay, nothing kept but the states.
 */
async function plainReplay(store: EventStore): Promise<number> {
  const states = new Map<string, TenantState>();
  let events = 0;
  for await (const recorded of store.readAll({ filter: { streamPrefix: TENANT_STREAM_PREFIX } })) {
    const tenantId = tenantIdOfStream(recorded.streamName);
    if (tenantId === null) continue;
    states.set(
      tenantId,
      evolveRecorded(states.get(tenantId) ?? initialTenantState(), decodeLedgerEvent(recorded)),
    );
    events += 1;
  }
  return events;
}

/** 12 months back from `to`, by month: 12 points, the last one `to`. */
function twelveMonthsTo(to: string): TrendRequest {
  const end = new Date(to);
  const from = new Date(Date.UTC(end.getUTCFullYear() - 1, end.getUTCMonth(), end.getUTCDate()));
  return { from: from.toISOString(), to: end.toISOString(), interval: 'month' };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * Issue 14: the reports over every tenant that read the log (trends, the quota report as of an
 * instant) against a plain replay of the same events, in one process, through the store the
 * service opens (personal data sealed: every actor decrypted, memoised), after the projections
 * caught up. The attention report, which reads the projected rows only, beside them.
 */
export async function reportsSuite(
  options: BenchOptions,
  fixture: LedgerFixture,
): Promise<{ rows: ResultRow[]; notes: string[] }> {
  const config = parseLedgerConfig(benchApiEnv(options, fixture.dataDir));
  const store = openConfiguredEventStore(config);
  const projections = LedgerProjections.open(projectionsFileOf(config), store);
  try {
    const catchUp = await timed(() => projections.runner.catchUp());
    log(`  reports: projections caught up in ${seconds(catchUp.ms)}`);
    const now = new Date().toISOString();
    const request = twelveMonthsTo(fixture.to);
    const asOf = new Date((Date.parse(request.from) + Date.parse(request.to)) / 2).toISOString();

    const runs = await medianRun(
      options.repeat,
      async (index) => {
        const replay = await timed(() => plainReplay(store));
        const trend = await timed(() => projections.trends.allTenants(request, now, config.rulebook));
        const quota = await timed(() => pastQuotaReport(projections.asOf, asOf, config.rulebook, now));
        const attention = await timed(() => attentionReport(projections.readModels, now));
        log(
          `  reports run ${index + 1}: replay ${seconds(replay.ms)}, trend ${seconds(trend.ms)}, ` +
            `asOf quota ${seconds(quota.ms)}, attention ${seconds(attention.ms)}`,
        );
        return { replay, trend, quota, attention };
      },
      (run) => run.trend.ms,
    );
    const { replay, trend, quota, attention } = runs.result;
    const ratio = trend.ms / replay.ms;
    const tenants = quota.result.length;
    return {
      rows: [
        {
          figure: `reports: plain replay of ${formatNumber(replay.result)} events (every tenant folded, through the configured store)`,
          value: seconds(replay.ms),
          ceiling: '— (the baseline)',
          ratio: '—',
          target: '—',
          met: null,
        },
        {
          figure: `reports: monthly trend of every tenant over 12 months (${formatNumber(trend.result.points.length)} points, ${formatNumber(trend.result.points.at(-1)?.tenants ?? 0)} tenants)`,
          value: seconds(trend.ms),
          ceiling: `${seconds(replay.ms)} the plain replay`,
          ratio: `${ratio.toFixed(2)}×`,
          target: '≤ 5 s and ≤ 3× the replay',
          met: trend.ms <= TREND_TARGET_MS && ratio <= TREND_TARGET_RATIO,
        },
        {
          figure: `reports: asOf quota report of every tenant (${formatNumber(tenants)} tenants at ${asOf})`,
          value: seconds(quota.ms),
          ceiling: `${seconds(replay.ms)} the plain replay`,
          ratio: `${((quota.ms / replay.ms) * 100).toFixed(1)} %`,
          target: '≤ 1 s',
          met: quota.ms <= AS_OF_TARGET_MS,
        },
        {
          figure: `reports: attention report (${formatNumber(attention.result.summary.tenants)} tenants, ${formatNumber(attention.result.summary.needingAction)} needing action)`,
          value: seconds(attention.ms),
          ceiling: `${seconds(replay.ms)} the plain replay`,
          ratio: `${((attention.ms / replay.ms) * 100).toFixed(1)} %`,
          target: '—',
          met: null,
        },
      ],
      notes: [
        `reports: in-process, through openConfiguredEventStore (sealed personal data), after the projections caught up (${seconds(catchUp.ms)}); ` +
          `trend ${request.from} → ${request.to} by month; median of ${options.repeat} by the trend; ` +
          `all runs (replay / trend / asOf / attention, s): ${runs.all
            .map((run) =>
              [run.replay, run.trend, run.quota, run.attention]
                .map((step) => (step.ms / 1000).toFixed(2))
                .join(' / '),
            )
            .join('; ')}`,
      ],
    };
  } finally {
    await projections.close();
    await store.close();
  }
}
