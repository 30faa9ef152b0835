import * as os from 'node:os';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io';
import { UsageError } from '../exit-codes';
import type { ApiBackend } from './api-backend';
import type { LedgerBackend } from './backend';

interface ApiOptions {
  readonly api?: string;
  readonly token?: string;
}

/** The running API given with `--api` (or LEDGER_API_URL), and its token (`--token` or LEDGER_TOKEN). */
export function apiOf(
  io: CliIo,
  command: Command,
): { readonly url: string; readonly token?: string } | undefined {
  const options = command.optsWithGlobals<ApiOptions>();
  const url = options.api ?? io.env.LEDGER_API_URL;
  if (url === undefined || url === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--api: expected the API's base URL, e.g. http://localhost:3000 (got ${url})`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UsageError(`--api: expected an http or https URL (got ${url})`);
  }
  const token = options.token ?? io.env.LEDGER_TOKEN;
  return { url, ...(token === undefined || token === '' ? {} : { token }) };
}

/** Who writes through the local backend: `--actor`, else the operating-system user (SPEC §2 `actor`). */
function localActorOf(command: Command): string {
  const { actor } = command.optsWithGlobals<{ actor?: string }>();
  if (actor !== undefined) return actor;
  try {
    return os.userInfo().username;
  } catch {
    return 'ledger';
  }
}

/**
 * The backend the command line asks for: a running API with `--api`, else the store and the
 * projections here. Loaded on demand, so `--help` loads neither the HTTP client nor the store's drivers.
 */
export async function backendOf(io: CliIo, command: Command): Promise<LedgerBackend> {
  const api = await adminApiOf(io, command);
  if (api !== undefined) return api;
  const { configOf } = await import('../ledger-context');
  const config = configOf(io, command);
  const { LocalBackend } = await import('./local-backend');
  return new LocalBackend(io, config, localActorOf(command));
}

/**
 * The running API given with `--api`, for the maintenance commands it has admin routes for
 * (projections, replay); undefined when the command works on the store here.
 */
export async function adminApiOf(io: CliIo, command: Command): Promise<ApiBackend | undefined> {
  const api = apiOf(io, command);
  if (api === undefined) return undefined;
  const { ApiBackend } = await import('./api-backend');
  return new ApiBackend(api.url, api.token);
}

/** Runs `work` with the backend, and always closes it. */
export async function withBackend<T>(
  io: CliIo,
  command: Command,
  work: (backend: LedgerBackend) => Promise<T>,
): Promise<T> {
  const backend = await backendOf(io, command);
  try {
    return await work(backend);
  } finally {
    await backend.close();
  }
}
