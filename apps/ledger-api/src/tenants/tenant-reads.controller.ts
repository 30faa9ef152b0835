import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { accountViewOf, quotaOf, type AccountView, type QuotaView } from '@ledger/licensing';
import { TenantAccess } from '../auth/access.decorators';
import type { LedgerConfig } from '../config/ledger-config';
import { LedgerHttpError } from '../http/ledger-http-error';
import { etagOf } from '../http/write-headers';
import { TenantWriteModels } from '../write-model/tenant-write-models';
import { AccountListQuery } from './dto/read-queries';
import { AccountParams, TenantParams } from './dto/route-params';

export interface TenantQuotaAnswer extends QuotaView {
  readonly tenantId: string;
  readonly position: number | null;
}

/** Tenant reads for admins and auditors of the tenant (SPEC §3). */
@ApiTags('reads')
@ApiBearerAuth()
@TenantAccess('read')
@Controller('v1/tenants/:tenantId')
export class TenantReadsController {
  constructor(
    private readonly models: TenantWriteModels,
    private readonly config: ConfigService<{ ledger: LedgerConfig }, true>,
  ) {}

  @Get('quota')
  @ApiOperation({ summary: 'Seats, the free Virtual User allocation (R2) and over-allocation' })
  quota(@Param() { tenantId }: TenantParams, @Res({ passthrough: true }) reply: FastifyReply): Promise<TenantQuotaAnswer> {
    return this.models.withCaughtUpModel(tenantId, (model) => {
      void reply.header('ETag', etagOf(model.revision));
      const quota = quotaOf(model.state);
      return {
        tenantId,
        ...quota,
        // Before any purchase, show the policy a purchase would use now.
        policy: quota.policy ?? this.config.get('ledger', { infer: true }).allocationPolicy,
        position: model.revision === null ? null : Number(model.revision),
      };
    });
  }

  @Get('accounts')
  @ApiOperation({ summary: 'Accounts of the tenant, optionally by split-swap status (R6)' })
  accounts(
    @Param() { tenantId }: TenantParams,
    @Query() { status }: AccountListQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ accounts: AccountView[] }> {
    return this.models.withCaughtUpModel(tenantId, (model) => {
      void reply.header('ETag', etagOf(model.revision));
      const accounts = [...model.state.accounts.values()]
        .map(accountViewOf)
        .filter((view) => status === undefined || view.status === status)
        .sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));
      return { accounts };
    });
  }

  @Get('accounts/:accountId')
  @ApiOperation({ summary: 'One account: licences, number, status and what broke it' })
  account(@Param() { tenantId, accountId }: AccountParams, @Res({ passthrough: true }) reply: FastifyReply): Promise<AccountView> {
    return this.models.withCaughtUpModel(tenantId, (model) => {
      const account = model.state.accounts.get(accountId);
      if (account === undefined) throw LedgerHttpError.notFound(`Account ${accountId} does not exist in tenant ${tenantId}`);
      void reply.header('ETag', etagOf(model.revision));
      return accountViewOf(account);
    });
  }
}
