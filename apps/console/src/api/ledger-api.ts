import { ApiError, isErrorBody } from './api-error';
import type { Sku } from './sku-catalogue';
import type {
  AccountStatus,
  AccountView,
  BrokenAccountRow,
  HistoryPage,
  HistoryQuery,
  QuotaView,
  ResourceType,
  TenantQuotaRow,
  WriteAnswer,
} from './types';

type Query = Readonly<Record<string, string | number | undefined>>;

function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** A per-submit key: a double-sent write (retry after a timeout) is answered once, not applied twice. */
function idempotencyKey(): string {
  // randomUUID needs a secure context; the console may be opened over plain http on a LAN address.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Reports are new endpoints; their JSON is read defensively: a bare array, or the first array
 * found in the answer object (`{tenants: [...]}`, `{accounts: [...]}`).
 */
function rowsOf<T>(answer: unknown, preferredKeys: readonly string[]): T[] {
  if (Array.isArray(answer)) return answer as T[];
  if (typeof answer !== 'object' || answer === null) return [];
  const record = answer as Record<string, unknown>;
  for (const key of preferredKeys) if (Array.isArray(record[key])) return record[key] as T[];
  const firstArray = Object.values(record).find(Array.isArray);
  return (firstArray ?? []) as T[];
}

/** The ledger API of SPEC §3, as the signed-in administrator. */
export class LedgerApi {
  constructor(private readonly token: string) {}

  private async send(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { Authorization: `Bearer ${this.token}`, Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET') headers['Idempotency-Key'] = idempotencyKey();
    const what = `${method} ${path}`;
    let response: Response;
    try {
      response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ApiError(0, 'NETWORK', `${what} failed before an answer arrived (${reason}). Is the API running?`, undefined, what);
    }
    if (!response.ok) throw await errorOf(response, what);
    return response;
  }

  private async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.send(method, path, body);
    const text = await response.text();
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new ApiError(response.status, 'BAD_ANSWER', `${method} ${path} answered with something that is not JSON: ${text.slice(0, 200)}`);
    }
  }

  private tenant(tenantId: string, suffix: string): string {
    return `/v1/tenants/${encodeURIComponent(tenantId)}${suffix}`;
  }

  private account(tenantId: string, accountId: string, suffix = ''): string {
    return this.tenant(tenantId, `/accounts/${encodeURIComponent(accountId)}${suffix}`);
  }

  // Reads

  quota(tenantId: string, asOf?: string): Promise<QuotaView> {
    return this.json('GET', this.tenant(tenantId, `/quota${queryString({ asOf })}`));
  }

  async accounts(tenantId: string, options: { status?: AccountStatus; asOf?: string } = {}): Promise<AccountView[]> {
    const answer = await this.json<{ accounts: AccountView[] }>(
      'GET',
      this.tenant(tenantId, `/accounts${queryString({ status: options.status, asOf: options.asOf })}`),
    );
    return answer.accounts;
  }

  history(tenantId: string, query: HistoryQuery): Promise<HistoryPage> {
    return this.json('GET', this.tenant(tenantId, `/history${queryString({ ...query })}`));
  }

  async quotaReport(asOf?: string): Promise<TenantQuotaRow[]> {
    return rowsOf<TenantQuotaRow>(await this.json('GET', `/v1/reports/quota${queryString({ asOf, format: 'json' })}`), [
      'tenants',
      'quotas',
      'rows',
    ]);
  }

  async brokenAccountsReport(): Promise<BrokenAccountRow[]> {
    return rowsOf<BrokenAccountRow>(await this.json('GET', `/v1/reports/broken-accounts${queryString({ format: 'json' })}`), [
      'accounts',
      'brokenAccounts',
      'rows',
    ]);
  }

  /** A report as CSV, for the browser to save: it needs the bearer token, so a plain link cannot fetch it. */
  async reportCsv(report: 'quota' | 'broken-accounts', asOf?: string): Promise<Blob> {
    const response = await this.send('GET', `/v1/reports/${report}${queryString({ asOf, format: 'csv' })}`);
    return response.blob();
  }

  // Writes: each is one licence activity (SPEC R5)

  purchase(tenantId: string, sku: Sku, quantity: number): Promise<WriteAnswer> {
    return this.json('POST', this.tenant(tenantId, '/purchases'), { sku, quantity });
  }

  createAccount(
    tenantId: string,
    account: { accountId: string; displayName: string; kind: 'user' | 'resource'; resourceType?: ResourceType },
  ): Promise<WriteAnswer> {
    return this.json('POST', this.tenant(tenantId, '/accounts'), account);
  }

  deleteAccount(tenantId: string, accountId: string): Promise<WriteAnswer> {
    return this.json('DELETE', this.account(tenantId, accountId));
  }

  assignLicense(tenantId: string, accountId: string, sku: Sku): Promise<WriteAnswer> {
    return this.json('POST', this.account(tenantId, accountId, '/licenses'), { sku });
  }

  removeLicense(tenantId: string, accountId: string, sku: Sku): Promise<WriteAnswer> {
    return this.json('DELETE', this.account(tenantId, accountId, `/licenses/${encodeURIComponent(sku)}`));
  }

  swapLicense(tenantId: string, accountId: string, fromSku: Sku, toSku: Sku): Promise<WriteAnswer> {
    return this.json('POST', this.account(tenantId, accountId, '/license-swap'), { fromSku, toSku });
  }

  assignPhoneNumber(tenantId: string, accountId: string, phoneNumber: string): Promise<WriteAnswer> {
    return this.json('PUT', this.account(tenantId, accountId, '/phone-number'), { phoneNumber });
  }

  releasePhoneNumber(tenantId: string, accountId: string): Promise<WriteAnswer> {
    return this.json('DELETE', this.account(tenantId, accountId, '/phone-number'));
  }

  replaceAccount(tenantId: string, accountId: string, newAccountId: string, displayName?: string): Promise<WriteAnswer> {
    const body = displayName === undefined || displayName === '' ? { newAccountId } : { newAccountId, displayName };
    return this.json('POST', this.account(tenantId, accountId, '/replacement'), body);
  }
}

async function errorOf(response: Response, what: string): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (isErrorBody(body)) return new ApiError(response.status, body.error, body.message, body.details, what);
  const excerpt = text.trim().slice(0, 300);
  return new ApiError(
    response.status,
    `HTTP_${response.status}`,
    `${what} answered ${response.status} ${response.statusText}${excerpt === '' ? '' : `: ${excerpt}`}`,
    undefined,
    what,
  );
}
