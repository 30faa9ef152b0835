import {
  policyOfRulebook,
  type AllocationPolicy,
  type ComplianceCounts,
  type QuotaView,
  type Rulebook,
} from '@ledger/licensing';

/** SPEC §3 and §6 quota view. */
export interface QuotaAnswer extends QuotaView {
  readonly tenantId: string;
  readonly rulebook: Rulebook;
  readonly policy: AllocationPolicy;
  /** Global position of the tenant's last event reflected; null for a tenant without events. */
  readonly position: string | null;
  readonly asOf?: string;
}

/** A row of the quota report: the tenant's quota view and how many accounts carry each flag (R11/R12). */
export interface QuotaReportRow extends QuotaAnswer {
  readonly compliance: ComplianceCounts;
}

export function quotaAnswerOf(
  tenantId: string,
  quota: QuotaView,
  position: string | null,
  serviceRulebook: Rulebook,
  asOf?: string,
): QuotaAnswer {
  // R9: before its first write a tenant has no rulebook: show the one its first write would adopt.
  const rulebook = quota.rulebook ?? serviceRulebook;
  return {
    tenantId,
    ...quota,
    rulebook,
    policy: policyOfRulebook(rulebook),
    position,
    ...(asOf === undefined ? {} : { asOf }),
  };
}
