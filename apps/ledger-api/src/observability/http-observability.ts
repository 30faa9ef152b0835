import type { FastifyInstance } from 'fastify';
import type { AuthenticatedRequest } from '../auth/access.guard';
import { type LedgerMetrics, UNMATCHED_ROUTE } from './ledger-metrics';

/** Caller-chosen text in a log line is cut short: a line per request must stay a line. */
const MAX_LOGGED_TEXT = 256;

function clipped(value: unknown): string | undefined {
  return typeof value === 'string' ? value.slice(0, MAX_LOGGED_TEXT) : undefined;
}

/**
 * One structured log line and the HTTP metrics per answered request, and the request id on
 * every answer (`X-Request-Id`, the `reqId` of the log line) so a client can quote it.
 * The line names the route template, tenant and actor `sub`; never headers, so never a token.
 */
export function observeHttp(fastify: FastifyInstance, metrics: LedgerMetrics): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('X-Request-Id', request.id);
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? UNMATCHED_ROUTE;
    metrics.requestAnswered(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    const params = request.params as Record<string, unknown> | undefined;
    request.log.info(
      {
        method: request.method,
        route,
        path: clipped(request.url.split('?')[0]),
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 100) / 100,
        tenantId: clipped(params?.tenantId),
        actor: clipped((request as AuthenticatedRequest).principal?.subject),
      },
      'request',
    );
    done();
  });
}
