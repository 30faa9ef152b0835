/** The allocation policy (R2) recorded on the latest purchase, or the one a purchase would use now. */
export function PolicyBadge({ policy }: { readonly policy: string | null }) {
  const label = policy ?? 'none yet';
  return (
    <span class="badge badge--neutral" title="Allocation policy (LEDGER_ALLOCATION_POLICY)" data-policy={label}>
      Policy: {label}
    </span>
  );
}
