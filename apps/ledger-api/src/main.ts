import 'reflect-metadata';
import { createLedgerApp } from './app.factory';
import { InvalidConfigError, jwtSecretOf, parseLedgerConfig, signDevToken } from '@ledger/runtime';

const DEV_TOKEN_LIFETIME_SECONDS = 7 * 24 * 3600;

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = parseLedgerConfig(process.env);
  } catch (error) {
    if (error instanceof InvalidConfigError) {
      // One line, no stack: the operator fixes the setting and starts again.
      process.stderr.write(`ledger-api: refusing to start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  const app = await createLedgerApp(config);
  await app.listen({ port: config.port, host: config.host });
  const url = await app.getUrl();
  process.stdout.write(
    `ledger-api listening on ${url} (store: ${config.eventStoreUrl === null ? `embedded, ${config.dataDir}` : 'EventStoreDB'}, rulebook: ${config.rulebook})\n`,
  );

  if (!config.production) {
    const token = signDevToken(jwtSecretOf(config), {
      subject: 'dev-global-admin',
      roles: ['global-admin'],
      expiresInSeconds: DEV_TOKEN_LIFETIME_SECONDS,
    });
    process.stdout.write(
      `Development token (global-admin, valid 7 days):\n${token}\n` +
        `Admin console: http://localhost:${config.port}/ (paste the token)   API docs: http://localhost:${config.port}/docs\n` +
        `Try: curl -H "Authorization: Bearer $TOKEN" http://localhost:${config.port}/v1/tenants/t1/quota\n`,
    );
  }
}

void bootstrap();
