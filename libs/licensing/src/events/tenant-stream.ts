/**
 * The tenant stream is the consistency boundary for quota (SPEC §2): one stream per tenant.
 */
export const TENANT_STREAM_PREFIX = 'licensing-tenant-';

export function tenantStreamName(tenantId: string): string {
  return `${TENANT_STREAM_PREFIX}${tenantId}`;
}

export function tenantIdOfStream(streamName: string): string | null {
  return streamName.startsWith(TENANT_STREAM_PREFIX) ? streamName.slice(TENANT_STREAM_PREFIX.length) : null;
}
