import { Readable } from 'node:stream';
import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { exportLinesOf, type EventStore } from '@ledger/event-store';
import { tenantStreamName } from '@ledger/licensing';
import { GlobalAdminOnly } from '../auth/access.decorators';
import { LedgerHttpError } from '../http/ledger-http-error';
import { TenantExportErrors } from '../openapi/error-responses';
import { EVENT_STORE } from '../store/event-store.tokens';
import { TenantParams } from './dto/route-params';

/**
 * Offboarding (SPEC §5): a tenant's whole stream as NDJSON, each event with its id, type, data and
 * metadata as stored — enough to rebuild the tenant in another ledger (`ledger import-tenant`) —
 * then one end line (`exportEnd`: the count, the last revision and the SHA-256 of the lines before
 * it) that says the export is whole. Streamed from the log, so an export never sits whole in
 * memory; a read of the log that fails part-way cuts the answer off without its end line.
 */
@ApiTags('offboarding')
@ApiBearerAuth()
@GlobalAdminOnly()
@Controller('v1/tenants/:tenantId')
export class TenantExportController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('export')
  @ApiOkResponse({
    description:
      'One JSON object per line. First the events, oldest first: streamName, revision and position (decimal strings), ' +
      'id, type, data, metadata, recordedAt. Then one last line that says the export is complete: ' +
      '{"exportEnd": {"streamName", "events" (how many event lines), "lastRevision" (a decimal string), ' +
      '"sha256" (hex SHA-256 of every byte before this line, each event line with its newline)}}. ' +
      'An answer without that end line, or that does not match it, was cut short or altered: ' +
      'if reading the log fails part-way, the connection is closed without the end line.',
    content: { 'application/x-ndjson': { schema: { type: 'string' } } },
  })
  @TenantExportErrors()
  @ApiOperation({ summary: 'The tenant’s events as NDJSON with their metadata, to rebuild it elsewhere' })
  async export(@Param() { tenantId }: TenantParams, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const events = this.store.readStream(tenantStreamName(tenantId))[Symbol.asyncIterator]();
    // The first event decides the answer: a tenant with no events is a 404, before any line is sent.
    const first = await events.next();
    if (first.done === true) throw LedgerHttpError.notFound(`Tenant ${tenantId} has no events`);
    return reply
      .header('Content-Type', 'application/x-ndjson; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${tenantId}.ndjson"`)
      .send(Readable.from(exportLinesOf(first.value, events)));
  }
}
