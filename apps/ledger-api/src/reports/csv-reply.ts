import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { csvStringifier } from '@ledger/runtime';

/**
 * Streams rows as CSV (the shared writer: RFC 4180, header row first, formula-like cells made
 * text) so a report over every tenant never sits whole in memory.
 */
export function sendCsv<Row extends Record<string, unknown>>(
  reply: FastifyReply,
  fileName: string,
  columns: readonly string[],
  rows: Iterable<Row> | AsyncIterable<Row>,
): FastifyReply {
  const csv = Readable.from(rows).pipe(csvStringifier(columns));
  return reply
    .header('Content-Type', 'text/csv; charset=utf-8')
    .header('Content-Disposition', `attachment; filename="${fileName}"`)
    .send(csv);
}
