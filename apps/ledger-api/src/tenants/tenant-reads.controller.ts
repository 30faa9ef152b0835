import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  accountViewOf,
  initialTenantState,
  quotaOf,
  type AccountView,
  type QuotaView,
} from '@ledger/licensing';
import {
  canonicalInstant,
  LedgerProjections,
  quotaAnswerOf,
  type HistoryPage,
  type QuotaAnswer,
} from '@ledger/projections';
import { TenantAccess } from '../auth/access.decorators';
import type { LedgerConfig } from '@ledger/runtime';
import { LedgerHttpError } from '../http/ledger-http-error';
import { etagOf } from '../http/write-headers';
import { ConsistentReads } from '../projections/consistent-reads';
import { AccountListSchema, AccountViewSchema } from '../openapi/account-view.schema';
import { TenantReadErrors } from '../openapi/error-responses';
import { HistoryPageSchema } from '../openapi/history-page.schema';
import { QuotaViewSchema } from '../openapi/quota-view.schema';
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
  ) {}

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
      const past = await this.projections.asOf.tenant(tenantId, instant);
      return this.quotaAnswer(
        tenantId,
        quotaOf(past.state, instant),
        past.position?.toString() ?? null,
        instant,
      );
    }
    const row = (await this.reads.readModelsOf(tenantId)).quota(tenantId);
    void reply.header('ETag', etagOf(row?.revision ?? null));
    return this.quotaAnswer(tenantId, row?.quota ?? quotaOf(initialTenantState()), row?.position ?? null);
  }

  @Get('accounts')
  @ApiOperation({
    summary: 'Accounts of the tenant, optionally by split-swap status (R6); `asOf` replays to an instant',
  })
  @ApiOkResponse({ type: AccountListSchema })
  @TenantReadErrors()
  async accounts(
    @Param() { tenantId }: TenantParams,
    @Query() { status, asOf }: AccountListQuery,
  ): Promise<{ accounts: AccountView[] }> {
    if (asOf !== undefined) {
      const past = await this.projections.asOf.tenant(tenantId, canonicalInstant(asOf));
      const accounts = [...past.state.accounts.values()]
        .map((account) => accountViewOf(account, past.state.rulebook))
        .filter((view) => status === undefined || view.status === status)
        .sort(byAccountId);
      return { accounts };
    }
    return { accounts: (await this.reads.readModelsOf(tenantId)).accounts(tenantId, status) };
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
    summary: 'The tenant’s events, oldest first, filtered and paged by revision (`after`, `limit` ≤ 1000)',
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
    return (await this.reads.readModelsOf(tenantId)).history(tenantId, {
      ...(query.accountId === undefined ? {} : { accountId: query.accountId }),
      ...(query.type === undefined ? {} : { type: query.type }),
      ...(query.from === undefined ? {} : { from: canonicalInstant(query.from) }),
      ...(query.to === undefined ? {} : { to: canonicalInstant(query.to) }),
      ...(query.after === undefined ? {} : { after: query.after }),
      limit: query.limit ?? DEFAULT_HISTORY_PAGE,
    });
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
