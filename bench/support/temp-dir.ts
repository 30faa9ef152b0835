import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const created = new Set<string>();

/** A fresh directory under the OS temp dir; every one is removed when the bench ends (disk is shared). */
export function benchTempDir(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ledger-bench-${label}-`));
  created.add(dir);
  return dir;
}

export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  created.delete(dir);
}

export function removeAllTempDirs(): void {
  for (const dir of [...created]) removeTempDir(dir);
}

/** Size of a store file with its WAL, for the report. */
export function fileSizeMiB(...files: readonly string[]): number {
  let bytes = 0;
  for (const file of files) {
    for (const suffix of ['', '-wal']) {
      try {
        bytes += fs.statSync(`${file}${suffix}`).size;
      } catch {
        // A missing WAL just means it was checkpointed away.
      }
    }
  }
  return bytes / 2 ** 20;
}
