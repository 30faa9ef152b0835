import type { AccountListFilter, AccountView, LedgerCommand } from '@ledger/licensing';
import type { HistoryFilter, HistoryPage, QuotaAnswer } from '@ledger/projections';
import type { ExportContents, Reconciliation, WriteAnswer } from '@ledger/runtime';

/**
 * One licence activity as the CLI asks it: the HTTP request the API serves it under (SPEC §3) and
 * the domain command that route returns. The API backend sends the request; the local backend
 * records the command through the write path, hashing the request for Idempotency-Key as the API does.
 */
export interface WriteRequest {
  readonly tenantId: string;
  readonly method: 'POST' | 'PUT' | 'DELETE';
  /** The path under the API's base URL, ids encoded. */
  readonly path: string;
  readonly body?: Readonly<Record<string, unknown>>;
  readonly command: LedgerCommand;
}

/** SPEC §3's write headers, from the command line. */
export interface WriteOptions {
  readonly idempotencyKey?: string;
  /** `--if-match`: the revision last seen; null for "no events yet" (`-1`). */
  readonly ifMatch?: bigint | null;
}

/** The account filters of GET /v1/tenants/{tenantId}/accounts (`status`, `compliance`). */
export type AccountFilter = AccountListFilter;

/**
 * What every read and write command calls, whichever ledger it talks to: the store and the
 * projections on this machine (local), or a running API (`--api`). Both answer the API's shapes,
 * and both refuse with the API's error body (`Refusal`), so a command prints the same either way.
 */
export interface LedgerBackend {
  /** Where the answers come from, for messages: the data directory or the API's URL. */
  readonly name: string;
  write(request: WriteRequest, options: WriteOptions): Promise<WriteAnswer>;
  history(tenantId: string, filter: HistoryFilter): Promise<HistoryPage>;
  accounts(tenantId: string, filter: AccountFilter): Promise<{ readonly accounts: readonly AccountView[] }>;
  account(tenantId: string, accountId: string): Promise<AccountView>;
  /** The quota view now, or at `asOf` (canonical ISO-8601): the log replayed up to it (GET …/quota?asOf=). */
  quota(tenantId: string, asOf?: string): Promise<QuotaAnswer>;
  /** The differences between the ledger and a tenant export's files (POST …/reconciliation). */
  reconcile(tenantId: string, files: ExportContents): Promise<Reconciliation>;
  close(): Promise<void>;
}

/** A path segment of the API, encoded as a URL needs it. */
export function segment(id: string): string {
  return encodeURIComponent(id);
}

/** The path of a tenant's resource: `/v1/tenants/{tenantId}/…`. */
export function tenantPath(tenantId: string, ...rest: readonly string[]): string {
  return ['/v1/tenants', segment(tenantId), ...rest.map(segment)].join('/');
}
