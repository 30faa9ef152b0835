import * as fs from 'node:fs';
import * as path from 'node:path';
import { ImportFormatError } from './import-format-error';
import { EXPORT_FILES, type ExportContents } from './tenant-export';

function read(dir: string, file: string): string {
  try {
    return fs.readFileSync(path.join(dir, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ImportFormatError(file, 0, 'file', `cannot read ${path.join(dir, file)} (${code})`);
  }
}

/** The files of an export directory (README "Use it on a real tenant"); the resource accounts as JSON or CSV. */
export function readExportDirectory(dir: string): ExportContents {
  const csv = fs.existsSync(path.join(dir, EXPORT_FILES.applicationInstancesCsv));
  return {
    organization: read(dir, EXPORT_FILES.organization),
    subscribedSkus: read(dir, EXPORT_FILES.subscribedSkus),
    users: read(dir, EXPORT_FILES.users),
    applicationInstances: read(
      dir,
      csv ? EXPORT_FILES.applicationInstancesCsv : EXPORT_FILES.applicationInstances,
    ),
    applicationInstancesFormat: csv ? 'csv' : 'json',
  };
}
