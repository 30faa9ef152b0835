import { Option } from 'commander';

export const REPORT_FORMATS = ['json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Trends and attention are also read at a terminal: a readable table. */
export const READABLE_REPORT_FORMATS = [...REPORT_FORMATS, 'table'] as const;
export type ReadableReportFormat = (typeof READABLE_REPORT_FORMATS)[number];

/** The options every report takes, as the API's `?format=` does (JSON by default). */
export function formatOption(formats: readonly string[] = REPORT_FORMATS): Option {
  const table = formats.includes('table') ? ', or table (aligned columns, to read)' : '';
  return new Option(
    '--format <format>',
    `json (as the API answers) or csv (one row per line, header first)${table}`,
  )
    .choices(formats)
    .default('json');
}

export function outOption(): Option {
  return new Option(
    '--out <file>',
    'write the report to this file instead of stdout (whole or not at all: a temporary file renamed over it)',
  );
}
