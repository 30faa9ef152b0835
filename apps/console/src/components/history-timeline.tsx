import type { HistoryEntry } from '../api/types';
import { formatDateTime, shortId } from '../format';
import { navigate } from '../router';
import { useCatalogue } from './catalogue-context';
import { eventSummary, eventTone } from './event-summary';

interface ActivityGroup {
  readonly activityId: string;
  readonly entries: HistoryEntry[];
}

/** Consecutive events of one licence activity belong together: they were one atomic append (R5). */
function groupByActivity(entries: readonly HistoryEntry[]): ActivityGroup[] {
  const groups: ActivityGroup[] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.activityId === entry.activityId) last.entries.push(entry);
    else groups.push({ activityId: entry.activityId, entries: [entry] });
  }
  return groups;
}

/** A page of the tenant's history as a timeline of activities, in the page's order (newest or oldest first). */
export function HistoryTimeline({ entries, tenantId }: { readonly entries: readonly HistoryEntry[]; readonly tenantId: string }) {
  const { nameOf } = useCatalogue();
  return (
    <ol class="timeline">
      {groupByActivity(entries).map((group) => {
        const first = group.entries[0];
        const last = group.entries[group.entries.length - 1];
        if (first === undefined || last === undefined) return null;
        return (
          <li class="timeline__activity" key={`${group.activityId}-${first.revision}`} data-activity-id={group.activityId}>
            <div class="timeline__when">
              <time dateTime={first.occurredAt}>{formatDateTime(first.occurredAt)}</time>
              <span class="timeline__who">{first.actor}</span>
              <code class="timeline__activity-id" title={`Activity ${group.activityId}`}>
                {shortId(group.activityId)}
              </code>
              <a
                class="timeline__as-of"
                href={`/as-of?tenant=${encodeURIComponent(tenantId)}&at=${encodeURIComponent(last.occurredAt)}`}
                onClick={(event) => {
                  event.preventDefault();
                  navigate('as-of', { tenant: tenantId, at: last.occurredAt });
                }}
              >
                As of here →
              </a>
            </div>
            <ul class="timeline__events">
              {group.entries.map((entry) => (
                <li key={entry.revision} class={`timeline__event timeline__event--${eventTone(entry.type)}`} data-event-type={entry.type} data-revision={entry.revision}>
                  <span class="timeline__type">{entry.type}</span>
                  <span class="timeline__summary">{eventSummary(entry, nameOf)}</span>
                  <span class="timeline__revision">#{entry.revision}</span>
                  <details class="timeline__data">
                    <summary>Data</summary>
                    <pre>{JSON.stringify(entry.data, null, 2)}</pre>
                  </details>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
