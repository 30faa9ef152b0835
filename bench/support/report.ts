import * as fs from 'node:fs';
import { describeMachine, type MachineInfo } from './machine';

/** One line of the table: a figure, its ceiling measured in the same run, and the target. */
export interface ResultRow {
  readonly figure: string;
  readonly value: string;
  /** The baseline measured in the same run, with what it is. */
  readonly ceiling: string;
  /** value / ceiling, as the target states it; '—' when a ratio means nothing (memory). */
  readonly ratio: string;
  readonly target: string;
  /** null: no target for this line. */
  readonly met: boolean | null;
}

export interface BenchReport {
  readonly startedAt: Date;
  readonly mode: string;
  readonly machine: MachineInfo;
  readonly loadBefore: string;
  readonly loadAfter: string;
  readonly rows: readonly ResultRow[];
  /** Free-form lines under the table: sizes, repeats, anomalies such as non-2xx answers. */
  readonly notes: readonly string[];
  readonly note: string;
  readonly revision: string;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function renderTable(rows: readonly ResultRow[]): string {
  const header =
    '| figure | measured | ceiling (same run) | ratio | target | met |\n| --- | ---: | --- | ---: | --- | :---: |';
  const lines = rows.map(
    (row) =>
      `| ${[
        row.figure,
        row.value,
        row.ceiling,
        row.ratio,
        row.target,
        row.met === null ? '' : row.met ? 'yes' : '**no**',
      ]
        .map(escapeCell)
        .join(' | ')} |`,
  );
  return [header, ...lines].join('\n');
}

export function renderReport(report: BenchReport): string {
  const title = `### ${report.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC — ${report.mode}${report.note === '' ? '' : ` — ${report.note}`}`;
  return [
    title,
    '',
    `Machine: ${describeMachine(report.machine)}. Code: ${report.revision}.`,
    `Load average (1/5/15 min): ${report.loadBefore} before, ${report.loadAfter} after.`,
    '',
    renderTable(report.rows),
    '',
    ...report.notes.map((note) => `- ${note}`),
    '',
  ].join('\n');
}

const PREAMBLE = `# Benchmark results

Appended by \`npm run bench\` (see README "Benchmarks"); newest last. Every figure is measured
with its ceiling in the same run on the same machine, because the machine is shared and
absolute numbers move with its load. The "Optimisations" section keeps the before/after of
every change made for these figures.
`;

export function appendReport(file: string, text: string): void {
  if (!fs.existsSync(file)) fs.writeFileSync(file, `${PREAMBLE}\n`);
  fs.appendFileSync(file, `\n${text}`);
}
