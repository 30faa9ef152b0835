import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  BROKEN_ACCOUNTS_COLUMNS,
  brokenAccountCsvRow,
  brokenAccountEntry,
  canonicalInstant,
  currentQuotaReport,
  LedgerProjections,
  mapIterable,
  pastQuotaReport,
  QUOTA_REPORT_COLUMNS,
  quotaCsvRow,
} from '@ledger/projections';
import type { LedgerConfig } from '@ledger/runtime';
import { GlobalAdminOnly } from '../auth/access.decorators';
import { CLOCK, type Clock } from '../commands/record-license-activity.handler';
import { assertForecastable } from '../http/as-of-limit';
import { ConsistentReads } from '../projections/consistent-reads';
import { ReportAnswered } from '../openapi/report-answered';
import { BrokenAccountsReportSchema, QuotaReportSchema } from '../openapi/reports.schema';
import { sendCsv } from './csv-reply';
import { QuotaReportQuery, ReportFormatQuery } from './report-queries';

/** Cross-tenant reports for global admins (SPEC §3), as JSON or streamed CSV. */
@ApiTags('reports')
@ApiBearerAuth()
@GlobalAdminOnly()
@Controller('v1/reports')
export class ReportsController {
  constructor(
    private readonly reads: ConsistentReads,
    @Inject(LedgerProjections) private readonly projections: LedgerProjections,
    private readonly config: ConfigService<{ ledger: LedgerConfig }, true>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('quota')
  @ApiOperation({ summary: 'Every tenant’s quota, now or `asOf` an instant (replayed from the log)' })
  @ReportAnswered(QuotaReportSchema)
  async quota(
    @Query() { asOf, format }: QuotaReportQuery,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const rulebook = this.config.get('ledger', { infer: true }).rulebook;
    const now = this.clock().toISOString();
    const instant = asOf === undefined ? undefined : canonicalInstant(asOf);
    if (instant !== undefined) assertForecastable(now, instant);
    const tenants =
      instant === undefined
        ? currentQuotaReport(await this.reads.readModels(), rulebook, now)
        : await pastQuotaReport(this.projections.asOf, instant, rulebook, now);
    if (format === 'csv') {
      return sendCsv(reply, 'quota-report.csv', QUOTA_REPORT_COLUMNS, mapIterable(tenants, quotaCsvRow));
    }
    return reply.send({ ...(instant === undefined ? {} : { asOf: instant }), tenants: [...tenants] });
  }

  @Get('broken-accounts')
  @ApiOperation({ summary: 'Every resource account broken by a split swap (R6), across tenants' })
  @ReportAnswered(BrokenAccountsReportSchema)
  async brokenAccounts(
    @Query() { format }: ReportFormatQuery,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const rows = (await this.reads.readModels()).accountsWithStatus('broken');
    if (format === 'csv') {
      return sendCsv(
        reply,
        'broken-accounts.csv',
        BROKEN_ACCOUNTS_COLUMNS,
        mapIterable(rows, brokenAccountCsvRow),
      );
    }
    return reply.send({
      accounts: [...mapIterable(rows, brokenAccountEntry)],
    });
  }
}
