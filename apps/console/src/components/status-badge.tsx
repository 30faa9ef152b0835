import type { AccountStatus } from '../api/types';

const LABELS: Readonly<Record<AccountStatus, string>> = {
  healthy: 'Healthy',
  'at-risk': 'At risk',
  broken: 'Broken',
};

const ICONS: Readonly<Record<AccountStatus, string>> = {
  healthy: '●',
  'at-risk': '▲',
  broken: '✕',
};

/** An account's split-swap status (R6); an icon besides the colour, so it reads without colour too. */
export function StatusBadge({ status }: { readonly status: AccountStatus }) {
  return (
    <span class={`badge badge--${status}`} data-status={status}>
      <span aria-hidden="true">{ICONS[status]}</span> {LABELS[status]}
    </span>
  );
}
