/**
 * Runs `work` with stdout silenced: Nest logs every mapped route at start-up, which would bury
 * the table. Errors and warnings go to stderr and still show.
 */
export async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return await work();
  } finally {
    process.stdout.write = write;
  }
}

export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}
