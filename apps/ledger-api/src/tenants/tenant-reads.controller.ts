import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  accountViewOf,
  initialTenantState,
  matchesAccountFilter,
  quotaOf,
  quotaReadAt,
  type AccountView,
  type QuotaView,
  type TenantState,
} from '@ledger/licensing';
import {
  canonicalInstant,
  LedgerProjections,
  quotaAnswerOf,
  TENANT_TREND_COLUMNS,
  tenantTrendCsvRows,
  type HistoryPage,
  historyPagingOf,
  isHistoryPagingProblem,
  type QuotaAnswer,
} from '@ledger/projections';
import { TenantAccess } from '../auth/access.decorators';
import { CLOCK, type Clock } from '../commands/record-license-activity.handler';
import type { LedgerConfig } from '@ledger/runtime';
import { assertForecastable } from '../http/as-of-limit';
import { LedgerHttpError } from '../http/ledger-http-error';
import { etagOf } from '../http/write-headers';
import { ConsistentReads } from '../projections/consistent-reads';
import { AccountListSchema, AccountViewSchema } from '../openapi/account-view.schema';
import { TenantLogReportErrors, TenantReadErrors } from '../openapi/error-responses';
import { HistoryPageSchema } from '../openapi/history-page.schema';
import { QuotaViewSchema } from '../openapi/quota-view.schema';
import { ReportAnswered } from '../openapi/report-answered';
import { TenantTrendSchema } from '../openapi/trend.schema';
import { trendRequestOf } from '../http/trend-request';
import { sendCsv } from '../reports/csv-reply';
import { TrendQuery } from '../reports/report-queries';
import { AccountListQuery, AsOfQuery, DEFAULT_HISTORY_PAGE, HistoryQuery } from './dto/read-queries';
import { AccountParams, TenantParams } from './dto/route-params';

const byAccountId = (a: AccountView, b: AccountView) =>
  a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0;

/**
 * Tenant reads for admins and auditors of the tenant (SPEC §3), from the projections; `asOf`
 * replays the tenant's stream up to that instant with the same domain functions, from its nearest
 * snapshot (as-of.ts), so its cost does not grow with the tenant's history.
 */
@ApiTags('reads')
@ApiBearerAuth()
@TenantAccess('read')
@Controller('v1/tenants/:tenantId')
export class TenantReadsController {
  constructor(
    private readonly reads: ConsistentReads,
    @Inject(LedgerProjections) private readonly projections: LedgerProjections,
    private readonly config: ConfigService<{ ledger: LedgerConfig }, true>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * The tenant at `instant` (canonical ISO-8601): the log replayed up to it; an instant after now
   * is a forecast from the terms recorded (R13), at most 366 days ahead (400 naming `asOf` beyond).
   */
  private async stateAt(tenantId: string, instant: string): Promise<TenantState> {
    const { state } = await this.projections.asOf.tenant(tenantId, instant, this.forecastableNow(instant));
    return state;
  }

  /** Now, once `instant` is known to be at most 366 days ahead of it (400 naming `asOf` beyond). */
  private forecastableNow(instant: string): string {
    const now = this.clock().toISOString();
    assertForecastable(now, instant);
    return now;
  }

  @Get('quota')
  @ApiOperation({
    summary: 'Seats, the free Virtual User allocation (R2) and over-allocation; `asOf` replays to an instant',
  })
  @ApiOkResponse({
    type: QuotaViewSchema,
    description: 'The quota view; `ETag` names the tenant’s revision (without `asOf`)',
  })
  @TenantReadErrors()
  async quota(
    @Param() { tenantId }: TenantParams,
    @Query() { asOf }: AsOfQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<QuotaAnswer> {
    if (asOf !== undefined) {
      const instant = canonicalInstant(asOf);
      const now = this.forecastableNow(instant);
      const { quota, position } = await this.projections.asOf.quota(tenantId, instant, now);
      return this.quotaAnswer(tenantId, quota, position?.toString() ?? null, instant);
    }
    const row = (await this.reads.readModelsOf(tenantId)).quota(tenantId);
    void reply.header('ETag', etagOf(row?.revision ?? null));
    // R13: the projection stores every live term; `expiring` lists those ending within 30 days of now.
    const quota = quotaReadAt(row?.quota ?? quotaOf(initialTenantState()), this.clock().toISOString());
    return this.quotaAnswer(tenantId, quota, row?.position ?? null);
  }

  @Get('accounts')
  @ApiOperation({
    summary:
      'Accounts of the tenant, optionally by split-swap status (R6) and compliance flag (R11, R12); `asOf` replays to an instant',
  })
  @ApiOkResponse({ type: AccountListSchema })
  @TenantReadErrors()
  async accounts(
    @Param() { tenantId }: TenantParams,
    @Query() { status, compliance, asOf }: AccountListQuery,
  ): Promise<{ accounts: AccountView[] }> {
    const matches = matchesAccountFilter({ status, compliance });
    if (asOf !== undefined) {
      const state = await this.stateAt(tenantId, canonicalInstant(asOf));
      const accounts = [...state.accounts.values()]
        .map((account) => accountViewOf(account, state.rulebook))
        .filter(matches)
        .sort(byAccountId);
      return { accounts };
    }
    // The status is indexed; the compliance flags are read from each view of the tenant.
    const accounts = (await this.reads.readModelsOf(tenantId)).accounts(tenantId, status);
    return { accounts: accounts.filter(matches) };
  }

  @Get('accounts/:accountId')
  @ApiOperation({ summary: 'One account: licences, number, status and what broke it' })
  @ApiOkResponse({ type: AccountViewSchema })
  @TenantReadErrors({ notFound: true })
  async account(@Param() { tenantId, accountId }: AccountParams): Promise<AccountView> {
    const account = (await this.reads.readModelsOf(tenantId)).account(tenantId, accountId);
    if (account === null)
      throw LedgerHttpError.notFound(`Account ${accountId} does not exist in tenant ${tenantId}`);
    return account;
  }

  @Get('history')
  @ApiOperation({
    summary:
      'The tenant’s events, filtered, oldest first (paged by `after`) or newest first (`order=desc`, paged by `before`)',
    description:
      'SPEC §3/§6: `limit` ≤ 1000; every page answers `total`, the entries matching the filter. ' +
      '400 VALIDATION_FAILED naming the field: `before` without `order=desc`, `after` with it, `from` after `to`.',
  })
  @ApiOkResponse({ type: HistoryPageSchema })
  @TenantReadErrors()
  async history(@Param() { tenantId }: TenantParams, @Query() query: HistoryQuery): Promise<HistoryPage> {
    if (
      query.from !== undefined &&
      query.to !== undefined &&
      canonicalInstant(query.from) > canonicalInstant(query.to)
    ) {
      throw LedgerHttpError.validation('from must not be after to', [
        { field: 'from', problems: ['after to'] },
      ]);
    }
    const paging = historyPagingOf(query.order, query.after, query.before);
    if (isHistoryPagingProblem(paging)) {
      throw LedgerHttpError.validation(paging.problem, [{ field: paging.field, problems: [paging.problem] }]);
    }
    return (await this.reads.readModelsOf(tenantId)).history(tenantId, {
      ...(query.accountId === undefined ? {} : { accountId: query.accountId }),
      ...(query.type === undefined ? {} : { type: query.type }),
      ...(query.from === undefined ? {} : { from: canonicalInstant(query.from) }),
      ...(query.to === undefined ? {} : { to: canonicalInstant(query.to) }),
      ...paging,
      limit: query.limit ?? DEFAULT_HISTORY_PAGE,
    });
  }

  @Get('trend')
  @ApiOperation({
    summary: 'The tenant’s figures at the end of each interval (SPEC §5), computed from the log',
    description:
      'Each point is the tenant as `asOf` at its instant answers it: one pass over the stream from the nearest ' +
      'snapshot. Days end at midnight UTC, weeks on Monday at midnight UTC (ISO 8601), months on the first at ' +
      'midnight UTC; the last point is `to`. Points after now are forecasts (`forecast: true`, R13). A tenant ' +
      'without events answers points of zeros (as its quota view does), not 404. 400 VALIDATION_FAILED naming ' +
      'the field: `from` after `to`, `to` more than 366 days ahead, more than 1,000 points.',
  })
  @ReportAnswered(TenantTrendSchema, TenantLogReportErrors())
  async trend(
    @Param() { tenantId }: TenantParams,
    @Query() query: TrendQuery,
    @Res() reply: FastifyReply,
  ): Promise<FastifyReply> {
    const now = this.clock().toISOString();
    const request = trendRequestOf(query, now);
    const rulebook = this.config.get('ledger', { infer: true }).rulebook;
    const trend = await this.projections.trends.tenant(tenantId, request, now, rulebook);
    if (query.format === 'csv') {
      return sendCsv(reply, `trend-${tenantId}.csv`, TENANT_TREND_COLUMNS, tenantTrendCsvRows(trend));
    }
    return reply.send(trend);
  }

  private quotaAnswer(
    tenantId: string,
    quota: QuotaView,
    position: string | null,
    asOf?: string,
  ): QuotaAnswer {
    return quotaAnswerOf(
      tenantId,
      quota,
      position,
      this.config.get('ledger', { infer: true }).rulebook,
      asOf,
    );
  }
}
