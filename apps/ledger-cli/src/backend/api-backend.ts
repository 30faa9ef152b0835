import type { AccountView } from '@ledger/licensing';
import type {
  HistoryFilter,
  HistoryPage,
  ParkedEventAnswer,
  ProjectionsStatus,
  QuotaAnswer,
  ReplayResult,
} from '@ledger/projections';
import type { ApplicationErrorBody, ExportContents, Reconciliation, WriteAnswer } from '@ledger/runtime';
import { CommandFailure } from '../exit-codes';
import {
  tenantPath,
  type AccountFilter,
  type LedgerBackend,
  type WriteOptions,
  type WriteRequest,
} from './backend';
import { Refusal } from './refusal';

type Query = Readonly<Record<string, string | number | undefined>>;

function isErrorBody(value: unknown): value is ApplicationErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as Record<string, unknown>;
  return (
    typeof body.statusCode === 'number' && typeof body.error === 'string' && typeof body.message === 'string'
  );
}

/** Why fetch got no answer, in the words of the system call (ECONNREFUSED, ENOTFOUND…) when there is one. */
function reasonOf(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * A running ledger API as the backend (`--api <url> --token <jwt>`): each command one HTTP request
 * with Node's fetch. The server's answers are printed as they come; its refusals (SPEC §3 error
 * body) as `Refusal`, exactly as the local backend refuses; no answer at all is one line naming the URL.
 */
export class ApiBackend implements LedgerBackend {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string | undefined,
  ) {}

  get name(): string {
    return this.baseUrl;
  }

  write({ method, path, body }: WriteRequest, options: WriteOptions): Promise<WriteAnswer> {
    const headers: Record<string, string> = {};
    if (options.idempotencyKey !== undefined) headers['Idempotency-Key'] = options.idempotencyKey;
    if (options.ifMatch !== undefined)
      headers['If-Match'] = `"${options.ifMatch === null ? -1 : options.ifMatch}"`;
    return this.call<WriteAnswer>(method, path, { headers, ...(body === undefined ? {} : { body }) });
  }

  history(tenantId: string, filter: HistoryFilter): Promise<HistoryPage> {
    const { accountId, type, from, to, limit } = filter;
    const paging =
      filter.order === 'desc' ? { order: 'desc', before: filter.before } : { after: filter.after };
    return this.call('GET', tenantPath(tenantId, 'history'), {
      query: { accountId, type, from, to, limit, ...paging },
    });
  }

  accounts(tenantId: string, filter: AccountFilter): Promise<{ readonly accounts: readonly AccountView[] }> {
    return this.call('GET', tenantPath(tenantId, 'accounts'), {
      query: { status: filter.status, compliance: filter.compliance },
    });
  }

  account(tenantId: string, accountId: string): Promise<AccountView> {
    return this.call('GET', tenantPath(tenantId, 'accounts', accountId));
  }

  quota(tenantId: string, asOf?: string): Promise<QuotaAnswer> {
    return this.call('GET', tenantPath(tenantId, 'quota'), { query: { asOf } });
  }

  reconcile(tenantId: string, files: ExportContents): Promise<Reconciliation> {
    return this.call('POST', tenantPath(tenantId, 'reconciliation'), { body: files });
  }

  /** A report as the API words it: its JSON answer, or its CSV text as is (`format=csv`). */
  async report(path: string, query: Query, format: 'json' | 'csv'): Promise<unknown> {
    const answer = await this.call<unknown>('GET', path, {
      query: { ...query, format },
      raw: format === 'csv',
    });
    return answer;
  }

  /** SPEC §5 "Projections health" of the running API (GET /v1/admin/projections). */
  projectionsStatus(): Promise<ProjectionsStatus> {
    return this.call('GET', '/v1/admin/projections');
  }

  /** POST /v1/admin/projections/parked/{position}/retry: 409 PARKED_EVENT_STILL_FAILS when it stays parked. */
  retryParked(position: bigint): Promise<{ readonly applied: true }> {
    return this.call('POST', `/v1/admin/projections/parked/${position}/retry`);
  }

  /** POST /v1/admin/projections/parked/{position}/skip. */
  skipParked(position: bigint): Promise<{ readonly skipped: ParkedEventAnswer }> {
    return this.call('POST', `/v1/admin/projections/parked/${position}/skip`);
  }

  /** POST /v1/admin/projections/rebuild: the running API replays its log into its own projections. */
  rebuild(): Promise<ReplayResult> {
    return this.call('POST', '/v1/admin/projections/rebuild');
  }

  async close(): Promise<void> {}

  private async call<T>(
    method: string,
    path: string,
    request: {
      readonly headers?: Record<string, string>;
      readonly body?: unknown;
      readonly query?: Query;
      /** Answer the body's text as is (CSV). */
      readonly raw?: boolean;
    } = {},
  ): Promise<T> {
    const url = new URL(
      path.replace(/^\//, ''),
      this.baseUrl.endsWith('/') ? this.baseUrl : `${this.baseUrl}/`,
    );
    for (const [name, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
    if (this.token !== undefined) headers.Authorization = `Bearer ${this.token}`;
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers,
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      });
    } catch (error) {
      throw new CommandFailure(`cannot reach the ledger API at ${this.baseUrl}: ${reasonOf(error)}`);
    }
    const text = await response.text();
    if (response.ok && request.raw === true) return text as T;
    let answer: unknown;
    try {
      answer = text.length === 0 ? null : JSON.parse(text);
    } catch {
      throw new CommandFailure(
        `the ledger API at ${this.baseUrl} answered ${response.status} with something other than JSON`,
      );
    }
    if (response.ok) return answer as T;
    if (isErrorBody(answer)) throw new Refusal(answer);
    throw new CommandFailure(
      `the ledger API at ${this.baseUrl} answered ${response.status} ${response.statusText}`,
    );
  }
}
