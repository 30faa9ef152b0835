import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EMBEDDED_STORE_FILE, PROJECTIONS_FILE } from '@ledger/runtime';
import { tokens } from '../support/tokens';
import { ApiProcess } from './support/api-process';
import { auditLog, compareProjections, projectionCheckpoints } from './support/crash-audit';
import { bySoak, HARDENING_TIMEOUT_MS, reportFigures, runSeed, seededRandom } from './support/soak';
import { WriteBurst, type SentWrite } from './support/write-burst';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * ENGINEERING.md "Faults": the real service (main.ts) in a child process, killed with SIGKILL at a
 * random moment of a write burst over several tenants, then started again on the same data, again
 * and again. After every restart: each acknowledged write is in the log exactly as answered, no
 * activity is half there or there twice, R2–R4 hold, and the projections — resumed from their
 * checkpoints — equal the fold of the log and a rebuild.
 */
describe('Hardening: SIGKILL during write bursts', () => {
  const kills = bySoak(3, 50);
  const tenantIds = ['crash-a', 'crash-b', 'crash-c', 'crash-d'];
  const seed = runSeed('crash-recovery');
  const random = seededRandom(seed);
  let dataDir: string;
  let api: ApiProcess | undefined;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-crash-'));
  });
  afterAll(async () => {
    await api?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    `survives ${kills} kills without losing or splitting an acknowledged write`,
    async () => {
      const storeFile = path.join(dataDir, EMBEDDED_STORE_FILE);
      const sent: SentWrite[] = [];
      const purchases = new Map<string, string[]>();
      let resumedMidway = 0;

      api = await ApiProcess.start(dataDir);
      for (const tenantId of tenantIds) {
        // Seats to work with, so that most random writes are accepted rather than refused.
        const setup: SentWrite = {
          key: `setup-${tenantId}`,
          tenantId,
          method: 'POST',
          url: `/v1/tenants/${tenantId}/purchases`,
          body: { sku: 'PHONE_SYSTEM', quantity: 20 },
          outcome: 'unknown',
        };
        const answer = await api.request(setup.method, setup.url, {
          token: tokens.tenantAdmin(tenantId),
          body: setup.body,
          headers: { 'idempotency-key': setup.key },
        });
        expect(answer.status).toBe(201);
        setup.outcome = 'acknowledged';
        setup.answer = answer.body as unknown as SentWrite['answer'];
        sent.push(setup);
      }

      for (let kill = 1; kill <= kills; kill += 1) {
        const burst = new WriteBurst(api, tenantIds, 2, random, purchases, `k${kill}`);
        await delay(40 + Math.floor(random() * 400));
        await api.kill();
        burst.stop();
        await burst.finished();
        sent.push(...burst.sent);

        const checkpoints = projectionCheckpoints(path.join(dataDir, PROJECTIONS_FILE));
        api = await ApiProcess.start(dataDir);

        const audit = await auditLog(storeFile, sent);
        const context = `kill ${kill}, seed ${seed}`;
        expect({
          context,
          lost: audit.lost,
          halfApplied: audit.halfApplied,
          duplicated: audit.duplicated,
        }).toEqual({
          context,
          lost: [],
          halfApplied: [],
          duplicated: [],
        });
        expect({ context, violations: audit.violations }).toEqual({ context, violations: [] });
        const positions = Object.values(checkpoints ?? {}).map(BigInt);
        if (positions.some((position) => position > 0n && position < BigInt(audit.events)))
          resumedMidway += 1;
        expect({ context, projections: await compareProjections(api, storeFile) }).toEqual({
          context,
          projections: [],
        });
      }

      // The writes whose answer the kill swallowed, sent again with the same key: applied ones answer
      // as before (replayed, nothing appended twice), the others are decided now.
      const unknown = sent.filter((write) => write.outcome === 'unknown');
      let replayed = 0;
      for (const write of unknown) {
        const answer = await api.request(write.method, write.url, {
          token: tokens.tenantAdmin(write.tenantId),
          body: write.body,
          headers: { 'idempotency-key': write.key },
        });
        expect(answer.status).toBeLessThan(500);
        if (answer.headers.get('idempotent-replayed') === 'true') replayed += 1;
      }
      const final = await auditLog(storeFile, sent);
      expect(final.duplicated).toEqual([]);
      expect(final.halfApplied).toEqual([]);
      expect(final.lost).toEqual([]);
      expect(sent.filter((write) => write.outcome === 'server-error')).toEqual([]);

      reportFigures('crash', {
        killsSurvived: kills,
        writesSent: sent.length,
        acknowledged: sent.filter((write) => write.outcome === 'acknowledged').length,
        inFlightAtKill: unknown.length,
        inFlightFoundApplied: replayed,
        eventsInLog: final.events,
        activitiesInLog: final.activities,
        eventsLost: final.lost.length,
        halfApplied: final.halfApplied.length,
        serverErrors: 0,
        restartsResumedMidway: resumedMidway,
        seed,
      });
    },
    HARDENING_TIMEOUT_MS,
  );
});
