import { Readable } from 'node:stream';
import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { exportedEventOf, type EventStore, type RecordedEvent } from '@ledger/event-store';
import { tenantStreamName } from '@ledger/licensing';
import { GlobalAdminOnly } from '../auth/access.decorators';
import { LedgerHttpError } from '../http/ledger-http-error';
import { TenantExportErrors } from '../openapi/error-responses';
import { EVENT_STORE } from '../store/event-store.tokens';
import { TenantParams } from './dto/route-params';

/**
 * Offboarding (SPEC §5): a tenant's whole stream as NDJSON, each event with its id, type, data and
 * metadata as stored — enough to rebuild the tenant in another ledger (`ledger import-tenant`).
 * Streamed from the log, so an export never sits whole in memory.
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
      'One JSON object per line, oldest first: streamName, revision and position (decimal strings), id, type, data, metadata, recordedAt',
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
      .send(Readable.from(linesOf(first.value, events)));
  }
}

async function* linesOf(first: RecordedEvent, rest: AsyncIterator<RecordedEvent>): AsyncGenerator<string> {
  yield `${JSON.stringify(exportedEventOf(first))}\n`;
  for (let next = await rest.next(); next.done !== true; next = await rest.next()) {
    yield `${JSON.stringify(exportedEventOf(next.value))}\n`;
  }
}
