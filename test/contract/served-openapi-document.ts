import type { OpenAPI3 } from 'openapi-typescript';
import { LedgerTestApp } from '../support/ledger-test-app';

/** The OpenAPI document a running ledger serves at `/docs-json`: the HTTP contract, as served. */
export async function servedOpenApiDocument(app?: LedgerTestApp): Promise<OpenAPI3> {
  const running = app ?? (await LedgerTestApp.start());
  try {
    const answer = await running.request<OpenAPI3>('GET', '/docs-json');
    if (answer.status !== 200) throw new Error(`GET /docs-json answered ${answer.status}`);
    return answer.body;
  } finally {
    if (app === undefined) await running.close();
  }
}
