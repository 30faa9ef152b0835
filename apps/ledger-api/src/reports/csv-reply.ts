import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { FastifyReply } from 'fastify';

/**
 * Streams rows as CSV (RFC 4180, header row first) so a report over every tenant never sits
 * whole in memory.
 */
export function sendCsv<Row extends Record<string, unknown>>(
  reply: FastifyReply,
  fileName: string,
  columns: readonly string[],
  rows: Iterable<Row> | AsyncIterable<Row>,
): FastifyReply {
  const csv = Readable.from(rows).pipe(stringify({ header: true, columns: [...columns] }));
  return reply
    .header('Content-Type', 'text/csv; charset=utf-8')
    .header('Content-Disposition', `attachment; filename="${fileName}"`)
    .send(csv);
}
