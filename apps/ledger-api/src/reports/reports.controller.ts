import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ATTENTION_COLUMNS,
  attentionCsvRows,
  attentionReport,
  BROKEN_ACCOUNTS_COLUMNS,
  ESTATE_TREND_COLUMNS,
  estateTrendCsvRows,
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
import { LogReportErrors } from '../openapi/error-responses';
import { ReportAnswered } from '../openapi/report-answered';
import { BrokenAccountsReportSchema, QuotaReportSchema } from '../openapi/reports.schema';
import { AttentionReportSchema } from '../openapi/attention.schema';
import { EstateTrendSchema } from '../openapi/trend.schema';
import { trendRequestOf } from '../http/trend-request';
import { sendCsv } from './csv-reply';
import { AttentionQuery, QuotaReportQuery, ReportFormatQuery, TrendQuery } from './report-queries';

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

  @Get('trend')
  @ApiOperation({
    summary: 'Every tenant’s figures summed at the end of each interval (SPEC §5), computed from the log',
    description:
      'The points of `GET /v1/tenants/{tenantId}/trend`, summed over the tenants that had events by each point ' +
      '(`tenants`): each tenant’s stream is read once, from its nearest snapshot, tenant by tenant.',
  })
  @ReportAnswered(EstateTrendSchema, LogReportErrors())
  async trend(@Query() query: TrendQuery, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const now = this.clock().toISOString();
    const request = trendRequestOf(query, now);
    const trend = await this.projections.trends.allTenants(
      request,
      now,
      this.config.get('ledger', { infer: true }).rulebook,
    );
    if (query.format === 'csv') {
      return sendCsv(reply, 'trend.csv', ESTATE_TREND_COLUMNS, estateTrendCsvRows(trend));
    }
    return reply.send(trend);
  }

  @Get('attention')
  @ApiOperation({
    summary: 'The tenants that need action, worst first, each reason with its remedy (SPEC §5)',
    description:
      'Read from the projected tenant views (one quota row per tenant and the index of broken accounts), ' +
      'never by replay. Severity: critical (BROKEN_ACCOUNTS, OVER_ALLOCATED, SHORTFALL), warning (UNLICENSED, ' +
      'FULL_LICENCE), notice (TERMS_ENDING: a term ends within 30 days; ALLOCATION_NEARLY_USED: free seats held ' +
      '≥ 90 % of the free allocation). `limit` and `after` page through the same order; `summary` covers every page. ' +
      'CSV: one row per reason.',
  })
  @ReportAnswered(AttentionReportSchema)
  async attention(
    @Query() { format, limit, after }: AttentionQuery,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const report = await attentionReport(await this.reads.readModels(), this.clock().toISOString(), {
      ...(limit === undefined ? {} : { limit }),
      ...(after === undefined ? {} : { after }),
    });
    if (format === 'csv') {
      return sendCsv(reply, 'attention.csv', ATTENTION_COLUMNS, attentionCsvRows(report.tenants));
    }
    return reply.send(report);
  }
}
