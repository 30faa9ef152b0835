import type { BrokenBy } from '../api/types';
import { formatDateTime, shortId } from '../format';

/** R6: the two separate activities of the split swap that broke the account. */
export function BrokenByDetails({ brokenBy }: { readonly brokenBy: BrokenBy }) {
  return (
    <dl class="broken-by" data-broken-by>
      <dt>Removed in</dt>
      <dd>
        <code title={brokenBy.removedInActivity}>{shortId(brokenBy.removedInActivity)}</code>
      </dd>
      <dt>Re-assigned in</dt>
      <dd>
        <code title={brokenBy.assignedInActivity}>{shortId(brokenBy.assignedInActivity)}</code>
      </dd>
      <dt>Broken since</dt>
      <dd>{formatDateTime(brokenBy.at)}</dd>
    </dl>
  );
}
