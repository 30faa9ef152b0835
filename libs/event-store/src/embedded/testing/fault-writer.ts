/**
 * TEST INFRASTRUCTURE — a child process that appends to an embedded store file in waves, so a test
 * can kill it in the middle of a group commit or run it under a file-size limit (a real EFBIG on
 * write, which SQLite reports as an I/O error). Each wave's appends are made in one turn of the
 * event loop, i.e. one group commit. It prints a line as a wave starts (stdout to a pipe is
 * synchronous on Linux, so a reader that sees it knows the group is about to be, or being, written)
 * and one JSON line per settled append:
 *   {"kind":"wave","wave":3}
 *   {"kind":"ack","streamName":…,"ids":[…],"revision":"1","position":"42"}
 *   {"kind":"refused","streamName":…,"error":"StoreUnavailableError","message":…}
 * Usage: node -r @swc-node/register fault-writer.ts <file> <waves> <appendsPerWave> <bytesPerEvent> <prefix>
 */
import { randomUUID } from 'node:crypto';
import { EmbeddedEventStore } from '../embedded-event-store';

async function main(): Promise<void> {
  const [file, waves, perWave, bytes, prefix] = process.argv.slice(2);
  const store = EmbeddedEventStore.open(file);
  for (let wave = 0; wave < Number(waves); wave += 1) {
    print({ kind: 'wave', wave });
    await Promise.all(
      Array.from({ length: Number(perWave) }, async (_, index) => {
        const streamName = `${prefix}${wave}-${index}`;
        const events = [0, 1].map(() => ({
          id: randomUUID(),
          type: 'LicensePurchased',
          data: { quantity: 1, note: 'x'.repeat(Number(bytes)) },
          metadata: { actor: 'fault-writer' },
        }));
        try {
          const result = await store.append(streamName, events, 'no-stream');
          print({
            kind: 'ack',
            streamName,
            ids: events.map((event) => event.id),
            revision: result.nextExpectedRevision.toString(),
            position: result.position.toString(),
          });
        } catch (error) {
          print({
            kind: 'refused',
            streamName,
            error: error instanceof Error ? error.name : typeof error,
            message: error instanceof Error ? error.message : String(error),
          });
        }
      }),
    );
  }
  await store.close();
}

function print(line: Readonly<Record<string, unknown>>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
});
