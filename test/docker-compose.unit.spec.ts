import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { LEDGER_SETTINGS, parseLedgerConfig } from '@ledger/runtime';

/**
 * No Docker engine runs here, so the compose file is checked as data: its services, ports and
 * environment must match what the service actually reads (libs/runtime/src/config/ledger-config.ts).
 */
interface ComposeService {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  volumes?: string[];
}

const root = path.join(__dirname, '..');
const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
};
const api = compose.services['ledger-api'];
const eventstoredb = compose.services.eventstoredb;

/** `${NAME:?message}` and `${NAME:-default}` as compose would resolve them, given a value for NAME. */
function resolve(value: string, given: Record<string, string>): string {
  return value.replace(
    /\$\{(\w+):[?-]([^}]*)\}/g,
    (_match, name: string, fallback: string) => given[name] ?? fallback,
  );
}

describe('docker-compose.yml', () => {
  it('runs EventStoreDB (single node, insecure, with a volume and a health check) and the API built from the Dockerfile', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['eventstoredb', 'ledger-api']);
    expect(eventstoredb.image).toMatch(/^eventstore\/eventstore:/);
    expect(eventstoredb.environment).toMatchObject({
      EVENTSTORE_CLUSTER_SIZE: '1',
      EVENTSTORE_INSECURE: 'true',
    });
    expect(eventstoredb.volumes?.some((volume) => volume.endsWith(':/var/lib/eventstore'))).toBe(true);
    expect(eventstoredb.healthcheck?.test.join(' ')).toContain('/health/live');
    expect(api.build).toBe('.');
    expect(fs.existsSync(path.join(root, 'Dockerfile'))).toBe(true);
    expect(api.depends_on).toEqual({ eventstoredb: { condition: 'service_healthy' } });
  });

  it('sets only settings the service reads, and they pass its own validation', () => {
    const environment = api.environment ?? {};
    for (const name of Object.keys(environment)) expect(LEDGER_SETTINGS).toContain(name);
    const resolved = Object.fromEntries(
      Object.entries(environment).map(([name, value]) => [
        name,
        resolve(value, { LEDGER_JWT_SECRET: 'x'.repeat(48) }),
      ]),
    );
    const config = parseLedgerConfig(resolved);
    expect(config).toMatchObject({ production: true, eventStoreUrl: 'esdb://eventstoredb:2113?tls=false' });
  });

  it('points the API at the EventStoreDB service by name and port, and publishes the API port it listens on', () => {
    const url = new URL((api.environment?.LEDGER_EVENTSTORE_URL ?? '').replace(/^esdb:/, 'http:'));
    expect(url.hostname).toBe('eventstoredb');
    expect(eventstoredb.ports).toContain(`${url.port}:${url.port}`);
    expect(eventstoredb.environment?.EVENTSTORE_NODE_PORT).toBe(url.port);
    const apiPort = api.environment?.LEDGER_PORT;
    expect(api.ports).toContain(`${apiPort}:${apiPort}`);
  });

  it('refuses to start the API without a JWT secret (production mode)', () => {
    expect(api.environment?.LEDGER_JWT_SECRET).toMatch(/^\$\{LEDGER_JWT_SECRET:\?/);
    expect(api.environment?.NODE_ENV).toBe('production');
  });

  it('keeps the projection database on a volume at LEDGER_DATA_DIR', () => {
    expect(api.volumes).toContain(`ledger-data:${api.environment?.LEDGER_DATA_DIR}`);
    expect(Object.keys(compose.volumes)).toEqual(
      expect.arrayContaining(['ledger-data', 'eventstoredb-data']),
    );
  });

  it('the Dockerfile runs the built API in production mode as an unprivileged user', () => {
    const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('CMD ["node", "dist/apps/ledger-api/main.js"]');
    expect(dockerfile).toMatch(/ENV NODE_ENV=production/);
    expect(dockerfile).toMatch(/^USER node$/m);
  });
});
