import type { ProjectionsStatus } from '@ledger/projections';

/** `/health`'s answers (SPEC §3, §6); the controller serves them, the OpenAPI schema describes them. */
export type HealthStatus = 'ok' | 'degraded' | 'down';

/** What anyone may know (SPEC §6): one word. */
export interface PublicHealthAnswer {
  readonly status: HealthStatus;
}

/** What a global admin is told besides: never file paths or driver messages (SPEC §6). */
export interface AdminHealthAnswer extends PublicHealthAnswer {
  readonly store: { readonly up: boolean; readonly adapter: 'embedded' | 'eventstoredb' };
  readonly projections: ProjectionsStatus;
}
