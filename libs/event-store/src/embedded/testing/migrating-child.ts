/**
 * TEST INFRASTRUCTURE — a child process that migrates a schema-1 store file and kills itself with
 * SIGKILL when the migration reaches the given step (a crash there, as far as the files can tell).
 * Usage: node -r @swc-node/register migrating-child.ts <file> <copying|copied|renamed>
 */
import { migrateSchema1File, type MigrationStep } from '../schema-1-migration';

const [file, crashAt] = process.argv.slice(2);
migrateSchema1File(file, {
  sliceRows: 50,
  onStep: (step: MigrationStep) => {
    if (step === crashAt) process.kill(process.pid, 'SIGKILL');
  },
});
process.stdout.write('migrated without a crash\n');
