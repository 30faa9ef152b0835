import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command } from 'commander';
import {
  backupEmbeddedStore,
  backupSqliteFile,
  type BackupProgress,
  type SqliteFileBackup,
} from '@ledger/event-store';
import { EMBEDDED_STORE_FILE, KEYRING_FILE } from '@ledger/runtime';
import type { CliIo } from '../cli-io';
import { CommandFailure, UsageError } from '../exit-codes';
import { helpExamples } from '../help-examples';
import { configOf } from '../ledger-context';
import { dataFormatOption, writeData, type DataFormat } from '../data-output';
import { count, seconds } from '../number-format';
import { progressReporter } from '../progress-reporter';

const MIB = 1024 * 1024;

/** Small copies stay quiet; a large one shows its progress. */
const PROGRESS_QUIET_MS = 1_000;

const EVENTSTOREDB_REFUSAL =
  'backup copies the embedded store, and LEDGER_EVENTSTORE_URL is set: back up EventStoreDB with its own ' +
  'procedure (docs/operations.md, "Backing up EventStoreDB")';

/** The target must be new or empty: a backup never overwrites one. Answers whether it exists. */
function checkTarget(target: string): boolean {
  let entries: string[];
  try {
    entries = fs.readdirSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    if (code === 'ENOTDIR') throw new UsageError(`${target} is not a directory`);
    throw new CommandFailure(`cannot read ${target}: ${code ?? 'unreadable'}`);
  }
  if (entries.length > 0)
    throw new UsageError(
      `${target} is not empty: a backup goes to a new or empty directory, never over another`,
    );
  return true;
}

/** What a failed backup leaves behind: nothing, so the target can be used again. */
function removeCopies(target: string, existed: boolean): void {
  if (!existed) {
    fs.rmSync(target, { recursive: true, force: true });
    return;
  }
  for (const entry of fs.readdirSync(target))
    fs.rmSync(path.join(target, entry), { recursive: true, force: true });
}

type FileBackup<T> = (
  source: string,
  destination: string,
  onProgress: (progress: BackupProgress) => void,
) => Promise<T>;

/** Copies `file` of the data dir into the target with `backup`, its progress on stderr. */
/** Copies `from` (a file) to `file` in `dirs.to`; `dirs.from` names the source dir when `from` is a bare name. */
async function copyOne<T extends SqliteFileBackup>(
  io: CliIo,
  file: string,
  dirs: { readonly from: string; readonly to: string },
  backup: FileBackup<T>,
  source = path.join(dirs.from, file),
): Promise<T> {
  const reporter = progressReporter(io.stderr, `backup ${file}`, {
    unit: 'MiB',
    quietForMs: PROGRESS_QUIET_MS,
  });
  const copy = await backup(source, path.join(dirs.to, file), ({ copiedBytes, totalBytes }) =>
    reporter.update(copiedBytes / MIB, totalBytes === 0 ? null : copiedBytes / totalBytes),
  );
  reporter.finish();
  return copy;
}

/** A file copied: `restarts` counts the copies started again because the file was written meanwhile. */
interface BackedUpFile {
  readonly file: string;
  readonly events?: number;
  readonly bytes: number;
  readonly restarts: number;
}

const BACKUP_COLUMNS = ['file', 'events', 'bytes', 'restarts'] as const;

export function backupCommand(io: CliIo): Command {
  return new Command('backup')
    .description(
      `Copies the embedded store's log (${EMBEDDED_STORE_FILE}) of the data dir into <dir> with SQLite's online ` +
        'backup API: the copy is the log as it was at one commit, consistent while the service keeps writing ' +
        `(no need to stop it). Then, when it exists, the keyring of personal-data keys (${KEYRING_FILE}, or ` +
        'LEDGER_KEYRING_FILE) the same ' +
        'way, after the log: a key is created before any event uses it, so a keyring copied later holds every key ' +
        'the copied log needs.\n\n' +
        'Projections are not backed up: they rebuild from the log when the service starts on a restored data dir. ' +
        'The development JWT secret is not copied either.\n\n' +
        'To restore: stop the service, put the files of the backup in an empty LEDGER_DATA_DIR, start it.\n\n' +
        '<dir> must be new or empty (exit 2 otherwise). With LEDGER_EVENTSTORE_URL set there is nothing here to ' +
        'copy (exit 2): EventStoreDB has its own backup procedure (docs/operations.md).\n\n' +
        'Prints one row per file copied (events, bytes, and how many times its copy started again because ' +
        'the file was written meanwhile); the totals and what was not copied as notices on stderr.',
    )
    .argument('<dir>', 'where the copy goes: a new or empty directory')
    .addOption(dataFormatOption())
    .addHelpText(
      'after',
      helpExamples(
        'ledger backup /srv/backups/ledger-$(date -u +%Y%m%dT%H%M%SZ)',
        'LEDGER_DATA_DIR=/srv/ledger ledger backup /mnt/backup/today --format json --quiet',
      ),
    )
    .action(async (dir: string, options: { format: DataFormat }, command: Command) => {
      const config = configOf(io, command);
      if (config.eventStoreUrl !== null) throw new UsageError(EVENTSTOREDB_REFUSAL);
      const target = path.resolve(dir);
      const existed = checkTarget(target);
      const log = path.join(config.dataDir, EMBEDDED_STORE_FILE);
      if (!fs.existsSync(log))
        throw new CommandFailure(
          `no embedded store at ${log}: nothing to back up (is LEDGER_DATA_DIR right?)`,
        );
      const dirs = { from: config.dataDir, to: target };

      const started = performance.now();
      fs.mkdirSync(target, { recursive: true });
      try {
        const logCopy = await copyOne(io, EMBEDDED_STORE_FILE, dirs, backupEmbeddedStore);
        const files: BackedUpFile[] = [
          {
            file: EMBEDDED_STORE_FILE,
            events: logCopy.events,
            bytes: logCopy.bytes,
            restarts: logCopy.restarts,
          },
        ];
        // After the log, never before: the keys the copied log needs were all created before it was copied.
        // The keyring may live outside the data dir (LEDGER_KEYRING_FILE); the copy is named as in a data dir.
        if (fs.existsSync(config.keyringFile)) {
          const keyringCopy = await copyOne(io, KEYRING_FILE, dirs, backupSqliteFile, config.keyringFile);
          files.push({ file: KEYRING_FILE, bytes: keyringCopy.bytes, restarts: keyringCopy.restarts });
        } else {
          io.stderr.write(`${KEYRING_FILE}: none at ${config.keyringFile}, nothing to copy\n`);
        }
        const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
        const ms = performance.now() - started;
        io.stderr.write(
          'Projections are not backed up: they rebuild from the log when the service starts on the restored data dir.\n' +
            `Backed up ${count(logCopy.events)} events, ${count(bytes)} bytes in ${seconds(ms)} to ${target}\n`,
        );
        await writeData(io, options.format, {
          json: { target, events: logCopy.events, bytes, ms: Math.round(ms), files },
          columns: BACKUP_COLUMNS,
          rows: files,
        });
      } catch (error) {
        removeCopies(target, existed);
        const reason = error instanceof Error ? error.message : String(error);
        throw new CommandFailure(`backup failed, nothing kept in ${target}: ${reason}`);
      }
    });
}
