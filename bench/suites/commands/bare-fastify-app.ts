import Fastify, { type FastifyInstance } from 'fastify';

/**
 * The second ceiling of the commands benchmark: Fastify alone, with the body limit and JSON
 * parsing the ledger's adapter has, answering a constant on the trivial routes. No Nest, no
 * token check. What the trivial authenticated route costs beyond it is the stack around the
 * ledger's handlers (bench/PROFILE-http.md). Built here, never shipped in the product.
 */
export async function createBareFastifyApp(bodyLimitBytes: number): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: bodyLimitBytes,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  });
  const answer = async (): Promise<{ ok: true }> => ({ ok: true });
  app.post('/v1/tenants/:tenantId/ping', answer);
  app.get('/v1/tenants/:tenantId/ping', answer);
  app.delete('/v1/tenants/:tenantId/ping', answer);
  await app.ready();
  return app;
}
