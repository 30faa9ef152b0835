import type { ComplianceFlag } from '../api/types';

export const COMPLIANCE_LABELS: Readonly<Record<ComplianceFlag, string>> = {
  UNLICENSED: 'Unlicensed',
  FULL_LICENCE: 'Full licence',
};

const EXPLANATIONS: Readonly<Record<ComplianceFlag, string>> = {
  UNLICENSED: 'R11: a resource account needs a phone-capable licence',
  FULL_LICENCE: 'R12: a full licence must not stay on a resource account',
};

/** One R11/R12 flag; an icon besides the colour, so it reads without colour too. */
export function ComplianceBadge({ flag }: { readonly flag: ComplianceFlag }) {
  return (
    <span class="badge badge--compliance" data-compliance={flag} title={EXPLANATIONS[flag]}>
      <span aria-hidden="true">⚑</span> {COMPLIANCE_LABELS[flag]}
    </span>
  );
}

/** An account's compliance flags with the API's remedy, in words; nothing when it has none. */
export function ComplianceFlags({ flags, remedy }: { readonly flags: readonly ComplianceFlag[]; readonly remedy: string | null }) {
  if (flags.length === 0) return null;
  return (
    <div class="compliance" data-compliance-flags>
      <span class="badges">
        {flags.map((flag) => (
          <ComplianceBadge key={flag} flag={flag} />
        ))}
      </span>
      {remedy !== null && <p class="status-reason" data-compliance-remedy>{remedy}</p>}
    </div>
  );
}
