import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';

/** The route config key that marks an upload route (read by the onRoute hook below). */
const UPLOAD_ROUTE = 'ledgerUpload';

/**
 * Marks a route that takes an upload (issue 15: a tenant export to reconcile, about 7 MiB for
 * 10,000 users): its body may reach `LEDGER_UPLOAD_BODY_LIMIT_BYTES` instead of the API's
 * `LEDGER_BODY_LIMIT_BYTES`. Over it, Fastify refuses the body while reading it: 413.
 */
export const UploadRoute = (): MethodDecorator => RouteConfig({ [UPLOAD_ROUTE]: true });

/**
 * Gives every route marked `UploadRoute` its own body limit. Fastify takes a limit per route only
 * as a route option, which Nest does not pass on: the hook sets it as each route is registered,
 * so it must be added before the application's routes are (before `app.init()`).
 */
export function applyUploadBodyLimit(fastify: FastifyInstance, limitBytes: number): void {
  fastify.addHook('onRoute', (route) => {
    const config = route.config as Record<string, unknown> | undefined;
    if (config?.[UPLOAD_ROUTE] === true) route.bodyLimit = limitBytes;
  });
}
