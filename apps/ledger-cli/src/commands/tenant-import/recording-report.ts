import type { RecordingReport } from '@ledger/runtime';
import type { CliIo } from '../../cli-io';
import { writeData, type Data, type DataFormat } from '../../data-output';
import { CommandFailure } from '../../exit-codes';
import { count } from '../../number-format';

/** The sentence a recording ends with (a notice on stderr): how many activities, refused, unchanged. */
function recordingLines(tenantId: string, report: RecordingReport, dryRun: boolean): string {
  const events = report.recorded.reduce((sum, outcome) => sum + outcome.events.length, 0);
  const verb = dryRun ? 'would record' : 'recorded';
  return (
    `Tenant ${tenantId}: ${verb} ${count(report.recorded.length)} licence activities (${count(events)} events), ` +
    `${count(report.refused.length)} refused, ${count(report.unchanged)} already as exported.\n`
  );
}

const OUTCOME_COLUMNS = ['outcome', 'command', 'subject', 'record', 'events', 'code', 'message'] as const;

/**
 * The recording as data: one row per activity, recorded (or, on a dry run, to record) or refused
 * with the domain's code and reason; JSON is the whole report with the tenant and the counts.
 */
function recordingData(
  tenantId: string,
  report: RecordingReport,
  dryRun: boolean,
  extra: Readonly<Record<string, unknown>> = {},
): Data {
  const outcome = dryRun ? 'would record' : 'recorded';
  return {
    json: { tenantId, dryRun, ...extra, ...report },
    columns: OUTCOME_COLUMNS,
    rows: [
      ...report.recorded.map((recorded) => ({ ...recorded, outcome })),
      ...report.refused.map((refused) => ({ ...refused, outcome: 'refused' })),
    ],
  };
}

/**
 * Prints a recording: its activities as data on stdout, its sentence as a notice on stderr; exits 1
 * (after printing) when the ledger refused any activity.
 */
export async function writeRecording(
  io: CliIo,
  format: DataFormat,
  recording: { readonly tenantId: string; readonly report: RecordingReport; readonly dryRun: boolean },
  extra: Readonly<Record<string, unknown>> = {},
): Promise<void> {
  const { tenantId, report, dryRun } = recording;
  await writeData(io, format, recordingData(tenantId, report, dryRun, extra));
  io.stderr.write(recordingLines(tenantId, report, dryRun));
  if (report.refused.length > 0)
    throw new CommandFailure(
      `${report.refused.length} activities refused (the rows "refused", with the reason)`,
    );
}
