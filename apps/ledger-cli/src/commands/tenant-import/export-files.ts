import { WrongExpectedRevisionError } from '@ledger/event-store';
import {
  ImportFormatError,
  parseTenantExport,
  readExportDirectory,
  type TenantExport,
} from '@ledger/runtime';
import { CommandFailure } from '../../exit-codes';

/** The export directory read whole and checked before the store is opened: a malformed file appends nothing. */
export function tenantExportOf(dir: string): TenantExport {
  return readingExport(() => parseTenantExport(readExportDirectory(dir)));
}

/** Runs `read`, turning a malformed file into the command's one-line failure. */
export function readingExport<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ImportFormatError) throw new CommandFailure(error.message);
    throw error;
  }
}

/**
 * Runs `work` (the appends of an import), turning a concurrent write into a failure that says what
 * to do: what was appended stays (each activity whole), and a new run records only what is missing.
 */
export async function appendingImport<T>(tenantId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof WrongExpectedRevisionError) {
      throw new CommandFailure(
        `tenant ${tenantId} was written by someone else during the import; run it again: it records only what is still missing`,
      );
    }
    throw error;
  }
}
