import type { EventToAppend } from '@ledger/event-store';
import {
  decideEvents,
  evolve,
  withServiceSettings,
  type DomainErrorCode,
  type LedgerEventType,
  type Rulebook,
  type TenantState,
} from '@ledger/licensing';
import { stampActivity } from '../activity/stamp-activity';
import type { PlannedActivity } from './planned-activity';

/** The actor of every activity an import records (SPEC §2 metadata). */
export const IMPORT_ACTOR = 'import';

export interface RecordedOutcome {
  readonly subject: string;
  readonly command: PlannedActivity['command']['type'];
  readonly record: string;
  readonly activityId: string;
  readonly events: readonly LedgerEventType[];
  readonly occurredAt: string;
}

export interface RefusedOutcome {
  readonly subject: string;
  readonly command: PlannedActivity['command']['type'];
  readonly record: string;
  readonly code: DomainErrorCode;
  readonly message: string;
}

export interface RecordingReport {
  readonly recorded: readonly RecordedOutcome[];
  readonly refused: readonly RefusedOutcome[];
  /** Planned activities the ledger already reflected (nothing to change). */
  readonly unchanged: number;
}

export interface RecordingOptions {
  readonly tenantId: string;
  readonly rulebook: Rulebook;
  readonly now: Date;
  /**
   * Takes one activity's events, in order, to append whole (alone or with the next ones); absent for
   * a dry run (decided, never appended).
   */
  readonly append?: (events: readonly EventToAppend[]) => Promise<void>;
}

/**
 * Records planned activities one by one, each decided by the domain on the state the previous
 * ones left (never bypassing `decide`): accepted ones are stamped (actor `import`, the source
 * file and record in the metadata) and appended as one activity each; refused ones are reported
 * and append nothing.
 */
export async function recordActivities(
  planned: readonly PlannedActivity[],
  start: TenantState,
  options: RecordingOptions,
): Promise<RecordingReport & { readonly state: TenantState }> {
  let state = start;
  const recorded: RecordedOutcome[] = [];
  const refused: RefusedOutcome[] = [];
  let unchanged = 0;
  for (const activity of planned) {
    const { command, importedFrom, subject } = activity;
    const decided = decideEvents(withServiceSettings(command, { defaultRulebook: options.rulebook }), state);
    if (!decided.ok) {
      refused.push({
        subject,
        command: command.type,
        record: importedFrom.record,
        code: decided.error.code,
        message: decided.error.message,
      });
      continue;
    }
    if (decided.events.length === 0) {
      unchanged += 1;
      continue;
    }
    const occurredAt = activity.occurredAt === undefined ? options.now : new Date(activity.occurredAt);
    const stamped = stampActivity(decided.events, {
      tenantId: options.tenantId,
      commandId: activity.commandId,
      actor: IMPORT_ACTOR,
      correlationId: activity.commandId,
      occurredAt,
      importedFrom,
    });
    await options.append?.(stamped.events);
    for (const event of decided.events) {
      state = evolve(state, {
        event,
        activityId: stamped.activityId,
        occurredAt: stamped.metadata.occurredAt,
      });
    }
    recorded.push({
      subject,
      command: command.type,
      record: importedFrom.record,
      activityId: stamped.activityId,
      events: decided.events.map((event) => event.type),
      occurredAt: stamped.metadata.occurredAt,
    });
  }
  return { recorded, refused, unchanged, state };
}
