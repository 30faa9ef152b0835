import type { AllocationPolicy, QuotaView } from '@ledger/licensing';

/** SPEC §3 quota view. */
export interface QuotaAnswer extends QuotaView {
  readonly tenantId: string;
  readonly policy: AllocationPolicy;
  /** Global position of the tenant's last event reflected; null for a tenant without events. */
  readonly position: string | null;
  readonly asOf?: string;
}

export function quotaAnswerOf(
  tenantId: string,
  quota: QuotaView,
  position: string | null,
  servicePolicy: AllocationPolicy,
  asOf?: string,
): QuotaAnswer {
  return {
    tenantId,
    ...quota,
    // Before any purchase there is no recorded policy: show the one a purchase would use now.
    policy: quota.policy ?? servicePolicy,
    position,
    ...(asOf === undefined ? {} : { asOf }),
  };
}
