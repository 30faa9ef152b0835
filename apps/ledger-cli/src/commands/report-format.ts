import { Option } from 'commander';

export const REPORT_FORMATS = ['json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The options every report takes, as the API's `?format=` does (JSON by default). */
export function formatOption(): Option {
  return new Option('--format <format>', 'json (as the API answers) or csv (one row per line, header first)')
    .choices(REPORT_FORMATS)
    .default('json');
}

export function outOption(): Option {
  return new Option('--out <file>', 'write the report to this file instead of stdout');
}
