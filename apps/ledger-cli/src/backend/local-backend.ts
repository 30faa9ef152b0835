import { randomUUID } from 'node:crypto';
import type { EventStore } from '@ledger/event-store';
import {
  initialTenantState,
  forecastRefusal,
  matchesAccountFilter,
  quotaOf,
  quotaReadAt,
  withServiceSettings,
  type AccountView,
} from '@ledger/licensing';
import {
  quotaAnswerOf,
  type HistoryFilter,
  type HistoryPage,
  type LedgerProjections,
  type QuotaAnswer,
} from '@ledger/projections';
import {
  ApplicationError,
  applicationErrorBody,
  LicenseActivityRecorder,
  openConfiguredEventStore,
  parseTenantExport,
  reconcile,
  tenantInLedgerTerms,
  type ExportContents,
  type Reconciliation,
  requestHash,
  TenantWriteModelCache,
  writeAnswerOf,
  type LedgerConfig,
  type WriteAnswer,
} from '@ledger/runtime';
import { nowOf, type CliIo } from '../cli-io';
import { readingExport } from '../commands/tenant-import/export-files';
import { readLedgerTenant } from '../commands/tenant-import/ledger-tenant';
import { openProjectionsForReading } from '../projection-access';
import type { AccountFilter, LedgerBackend, WriteOptions, WriteRequest } from './backend';
import { Refusal } from './refusal';

/** The API's answer to an account that does not exist (tenant-reads.controller.ts), so both backends say the same. */
function accountNotFound(tenantId: string, accountId: string): Refusal {
  return new Refusal({
    statusCode: 404,
    error: 'NOT_FOUND',
    message: `Account ${accountId} does not exist in tenant ${tenantId}`,
  });
}

/**
 * The ledger on this machine: the configured store (embedded file or EventStoreDB) and the
 * projections beside it. Writes go through the API's own write path (libs/runtime/src/write-path):
 * the same decide, append with the expected revision, retry and Idempotency-Key; the actor is
 * `--actor` or the operating-system user. The store and the projections open on first use.
 */
export class LocalBackend implements LedgerBackend {
  private store: EventStore | undefined;
  private projections: LedgerProjections | undefined;

  constructor(
    private readonly io: CliIo,
    private readonly config: LedgerConfig,
    private readonly actor: string,
  ) {}

  get name(): string {
    return this.config.eventStoreUrl ?? this.config.dataDir;
  }

  async write(
    { tenantId, method, path, body, command }: WriteRequest,
    options: WriteOptions,
  ): Promise<WriteAnswer> {
    const store = this.openStore();
    const recorder = new LicenseActivityRecorder(new TenantWriteModelCache(store), store, () =>
      nowOf(this.io),
    );
    try {
      const outcome = await recorder.record({
        tenantId,
        // R9: a tenant without a rulebook adopts the configured one with its first write, as through the API.
        command: withServiceSettings(command, { defaultRulebook: this.config.rulebook }),
        context: {
          actor: this.actor,
          correlationId: randomUUID(),
          ...(options.ifMatch === undefined ? {} : { expectedRevision: options.ifMatch }),
          ...(options.idempotencyKey === undefined
            ? {}
            : { idempotency: { key: options.idempotencyKey, requestHash: requestHash(method, path, body) } }),
        },
      });
      return writeAnswerOf(outcome);
    } catch (error) {
      if (error instanceof ApplicationError) throw new Refusal(applicationErrorBody(error));
      throw error;
    }
  }

  async history(tenantId: string, filter: HistoryFilter): Promise<HistoryPage> {
    return (await this.readModels()).history(tenantId, filter);
  }

  async accounts(
    tenantId: string,
    filter: AccountFilter,
  ): Promise<{ readonly accounts: readonly AccountView[] }> {
    // The status is indexed; the compliance flags are read from each view, as the API does.
    const accounts = (await this.readModels()).accounts(tenantId, filter.status);
    return { accounts: accounts.filter(matchesAccountFilter(filter)) };
  }

  async account(tenantId: string, accountId: string): Promise<AccountView> {
    const account = (await this.readModels()).account(tenantId, accountId);
    if (account === null) throw accountNotFound(tenantId, accountId);
    return account;
  }

  async quota(tenantId: string, asOf?: string): Promise<QuotaAnswer> {
    if (asOf !== undefined) return this.quotaAsOf(tenantId, asOf);
    const row = (await this.readModels()).quota(tenantId);
    // R13: `expiring` lists the terms ending within 30 days of now, as the API reads it.
    const quota = quotaReadAt(row?.quota ?? quotaOf(initialTenantState()), nowOf(this.io).toISOString());
    return quotaAnswerOf(tenantId, quota, row?.position ?? null, this.config.rulebook);
  }

  /** As the API answers GET …/quota?asOf= (tenant-reads.controller.ts): replayed, or forecast (R13). */
  private async quotaAsOf(tenantId: string, asOf: string): Promise<QuotaAnswer> {
    const now = nowOf(this.io).toISOString();
    // SPEC §6: at most 366 days ahead, refused as the API refuses it.
    const refusal = forecastRefusal(now, asOf);
    if (refusal !== undefined)
      throw new Refusal({
        statusCode: 400,
        error: 'VALIDATION_FAILED',
        message: refusal,
        details: [{ field: 'asOf', problems: [refusal] }],
      });
    const { quota, position } = await (await this.openProjections()).asOf.quota(tenantId, asOf, now);
    return quotaAnswerOf(tenantId, quota, position?.toString() ?? null, this.config.rulebook, asOf);
  }

  async reconcile(tenantId: string, files: ExportContents): Promise<Reconciliation> {
    const tenant = tenantInLedgerTerms(readingExport(() => parseTenantExport(files)));
    const ledger = await readLedgerTenant(this.openStore(), tenantId);
    return reconcile(tenantId, tenant, ledger.state, this.config.rulebook);
  }

  async close(): Promise<void> {
    await this.projections?.close();
    await this.store?.close();
  }

  private openStore(): EventStore {
    this.store ??= openConfiguredEventStore(this.config);
    return this.store;
  }

  private async openProjections(): Promise<LedgerProjections> {
    this.projections ??= await openProjectionsForReading(this.io, this.config, this.openStore());
    return this.projections;
  }

  private async readModels() {
    return (await this.openProjections()).readModels;
  }
}
