import type { RecordingReport } from '@ledger/runtime';
import { count } from '../../number-format';

/** The lines a recording ends with: how many activities, and each refusal with its reason. */
export function recordingLines(tenantId: string, report: RecordingReport, dryRun: boolean): string {
  const events = report.recorded.reduce((sum, outcome) => sum + outcome.events.length, 0);
  const verb = dryRun ? 'would record' : 'recorded';
  const lines = [
    `Tenant ${tenantId}: ${verb} ${count(report.recorded.length)} licence activities (${count(events)} events), ` +
      `${count(report.refused.length)} refused, ${count(report.unchanged)} already as exported.`,
    ...report.refused.map(
      (refusal) =>
        `refused ${refusal.command} of ${refusal.subject} (record ${refusal.record}): ${refusal.code} ${refusal.message}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
