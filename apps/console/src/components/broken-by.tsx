import type { BrokenBy } from '../api/types';
import { formatDateTime, shortId } from '../format';

/** R6: the two separate activities of the split swap that broke the account. */
export function BrokenByDetails({ brokenBy }: { readonly brokenBy: BrokenBy }) {
  return (
    <dl class="broken-by" data-broken-by>
      <div>
        <dt>Phone licence removed in</dt>
        <dd>
          <code title={brokenBy.removedInActivity}>{shortId(brokenBy.removedInActivity)}</code>
        </dd>
      </div>
      <div>
        <dt>Re-assigned separately in</dt>
        <dd>
          <code title={brokenBy.assignedInActivity}>{shortId(brokenBy.assignedInActivity)}</code>
        </dd>
      </div>
      <div>
        <dt>Broken since</dt>
        <dd>{formatDateTime(brokenBy.at)}</dd>
      </div>
    </dl>
  );
}
