import * as fs from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import type { RecordedEvent } from '@ledger/event-store';
import { accountViewOf } from '@ledger/licensing';
import { openServiceLog } from '../../support/service-log';
import { tokens } from '../../support/tokens';
import type { ApiProcess } from './api-process';
import { auditEvents, quotaNumbers, tenantStreams } from './ledger-audit';
import type { SentWrite } from './write-burst';

export interface CrashAudit {
  readonly events: number;
  readonly activities: number;
  /** Acknowledged writes whose activity is not in the log as answered. */
  readonly lost: readonly string[];
  /** Activities whose events are not one contiguous, uniform append. */
  readonly halfApplied: readonly string[];
  /** Idempotency keys applied more than once. */
  readonly duplicated: readonly string[];
  /** R2–R4 broken anywhere in the log. */
  readonly violations: readonly string[];
}

interface Meta {
  readonly activityId: string;
  readonly commandId: string;
  readonly occurredAt: string;
  readonly idempotencyKey?: string;
}

/**
 * Every tenant's stream, read straight from the store's file (the service wrote it and is gone or
 * done), through the keyring beside it as the service reads it.
 */
async function tenantStreamsIn(storeFile: string): Promise<Map<string, RecordedEvent[]>> {
  const store = openServiceLog(path.dirname(storeFile));
  try {
    return await tenantStreams(store);
  } finally {
    await store.close();
  }
}

/** Reads the log straight from the store's file and checks it against what the clients were told. */
export async function auditLog(storeFile: string, sent: readonly SentWrite[]): Promise<CrashAudit> {
  const streams = await tenantStreamsIn(storeFile);
  const byKey = new Map(sent.map((write) => [write.key, write]));
  const activities = new Map<string, { tenantId: string; events: RecordedEvent[] }>();
  const halfApplied: string[] = [];
  const violations: string[] = [];
  let events = 0;
  for (const [tenantId, stream] of streams) {
    events += stream.length;
    violations.push(...auditEvents(tenantId, stream).violations.map((problem) => `${tenantId}: ${problem}`));
    for (const event of stream) {
      const { activityId } = event.metadata as unknown as Meta;
      const activity = activities.get(activityId) ?? { tenantId, events: [] };
      activity.events.push(event);
      activities.set(activityId, activity);
    }
  }
  const appliedKeys = new Map<string, number>();
  for (const [activityId, { tenantId, events: group }] of activities) {
    const metas = group.map((event) => event.metadata as unknown as Meta);
    const contiguous = group.every((event, index) => event.revision === group[0].revision + BigInt(index));
    const uniform = metas.every(
      (meta) => meta.commandId === metas[0].commandId && meta.occurredAt === metas[0].occurredAt,
    );
    const key = metas[0].idempotencyKey;
    const write = key === undefined ? undefined : byKey.get(key);
    if (!contiguous || !uniform || group.some((event) => event.streamName !== group[0].streamName))
      halfApplied.push(`${tenantId}/${activityId}: not one append`);
    if (write === undefined || write.tenantId !== tenantId)
      halfApplied.push(`${tenantId}/${activityId}: no request of this tenant sent key ${key}`);
    if (key !== undefined) appliedKeys.set(key, (appliedKeys.get(key) ?? 0) + 1);
  }
  const lost: string[] = [];
  for (const write of sent) {
    if (write.outcome !== 'acknowledged' || write.answer?.activityId == null) continue;
    const group = activities.get(write.answer.activityId)?.events ?? [];
    const types = group.map((event) => event.type);
    const last = group.length === 0 ? null : Number(group[group.length - 1].revision);
    if (JSON.stringify(types) !== JSON.stringify(write.answer.events) || last !== write.answer.revision)
      lost.push(
        `${write.key}: answered ${write.answer.events.join()}@${write.answer.revision}, log has ${types.join()}@${last}`,
      );
  }
  const duplicated = [...appliedKeys].filter(([, count]) => count > 1).map(([key]) => key);
  return { events, activities: activities.size, lost, halfApplied, duplicated, violations };
}

/** The position each projection had committed when the service died (null: none yet). */
export function projectionCheckpoints(projectionsFile: string): Record<string, string> | null {
  if (!fs.existsSync(projectionsFile)) return null;
  const db = new Database(projectionsFile, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT name, position FROM checkpoints').all() as {
      name: string;
      position: string;
    }[];
    return Object.fromEntries(rows.map((row) => [row.name, row.position]));
  } finally {
    db.close();
  }
}

/** Every read a tenant's administrator sees: quota, accounts, and the whole history. */
async function readsOf(api: ApiProcess, tenantId: string) {
  const token = tokens.globalAdmin();
  const base = `/v1/tenants/${tenantId}`;
  const quota = await api.request(`GET`, `${base}/quota`, { token });
  const accounts = await api.request(`GET`, `${base}/accounts`, { token });
  const history: unknown[] = [];
  for (let after = -1; ;) {
    const page = await api.request<{ events: unknown[]; next: number | null }>(
      'GET',
      `${base}/history?limit=1000&after=${after}`,
      { token },
    );
    history.push(...page.body.events);
    if (page.body.next === null) break;
    after = page.body.next;
  }
  return { quota: quota.body, accounts: accounts.body, history };
}

/**
 * The restarted service's projections, which resumed from their checkpoints: they must equal the
 * pure fold of the log, and equal themselves after a rebuild from scratch. Returns the mismatches.
 */
export async function compareProjections(api: ApiProcess, storeFile: string): Promise<string[]> {
  const streams = await tenantStreamsIn(storeFile);
  const problems: string[] = [];
  const resumed = new Map<string, Awaited<ReturnType<typeof readsOf>>>();
  for (const [tenantId, stream] of streams) {
    const reads = await readsOf(api, tenantId);
    resumed.set(tenantId, reads);
    const folded = auditEvents(tenantId, stream);
    const accounts = [...folded.state.accounts.values()]
      .map((account) => accountViewOf(account, folded.state.rulebook))
      .sort((a, b) => (a.accountId < b.accountId ? -1 : 1));
    if (JSON.stringify(quotaNumbers(reads.quota as never)) !== JSON.stringify(quotaNumbers(folded.quota)))
      problems.push(`${tenantId}: quota ${JSON.stringify(reads.quota)} is not the fold of the log`);
    if (JSON.stringify((reads.accounts as { accounts: unknown }).accounts) !== JSON.stringify(accounts))
      problems.push(`${tenantId}: accounts are not the fold of the log`);
    if (reads.history.length !== stream.length)
      problems.push(`${tenantId}: history has ${reads.history.length} of ${stream.length} events`);
  }
  const rebuild = await api.request('POST', '/v1/admin/projections/rebuild', { token: tokens.globalAdmin() });
  if (rebuild.status !== 200) problems.push(`rebuild answered ${rebuild.status}`);
  for (const [tenantId, before] of resumed) {
    const after = await readsOf(api, tenantId);
    if (JSON.stringify(after) !== JSON.stringify(before))
      problems.push(`${tenantId}: resumed projections differ from a rebuild`);
  }
  return problems;
}
