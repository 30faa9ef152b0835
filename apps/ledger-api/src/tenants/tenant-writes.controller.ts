import {
  Body,
  Controller,
  Delete,
  HttpCode,
  Inject,
  Param,
  Post,
  Put,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { newPurchaseId } from '@ledger/runtime';
import { GlobalAdminOnly, TenantAccess } from '../auth/access.decorators';
import { CLOCK, type Clock } from '../commands/record-license-activity.handler';
import { LicenseActivityInterceptor, type TenantCommand } from './license-activity.interceptor';
import { AccountLicenseParams, AccountParams, PurchaseParams, TenantParams } from './dto/route-params';
import {
  AssignLicenseBody,
  CreateAccountBody,
  LicenseActivityBody,
  PhoneNumberBody,
  PurchaseLicensesBody,
  RenewalBody,
  ReplacementBody,
  RulebookBody,
  SwapLicenseBody,
} from './dto/write-bodies';

/**
 * Every write of SPEC §3. Each is one licence activity (R5); the domain decides, this only
 * translates: an endpoint returns the command it asks, and LicenseActivityInterceptor records it.
 */
@ApiTags('writes')
@ApiBearerAuth()
@TenantAccess('write')
@UseInterceptors(LicenseActivityInterceptor)
@Controller('v1/tenants/:tenantId')
export class TenantWritesController {
  /** R13: the instant a command with a term is decided at, from the clock that stamps its events. */
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  private now(): string {
    return this.clock().toISOString();
  }

  @Post('purchases')
  @ApiOperation({
    summary: 'Buy seats of a SKU (Virtual User seats at price 0, within the allocation: R2, R3)',
  })
  purchase(@Param() { tenantId }: TenantParams, @Body() body: PurchaseLicensesBody): TenantCommand {
    return {
      tenantId,
      command: {
        type: 'PurchaseLicenses',
        purchaseId: newPurchaseId(),
        sku: body.sku,
        quantity: body.quantity,
        // R13: a term's end must be after the instant of the decision.
        ...(body.term === undefined
          ? {}
          : { term: { endsAt: body.term.endsAt, trial: body.term.trial }, now: this.now() }),
      },
    };
  }

  @Post('purchases/:purchaseId/renewal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Renew a purchase’s term to a new end (R13); an expired one cannot be' })
  renew(@Param() { tenantId, purchaseId }: PurchaseParams, @Body() body: RenewalBody): TenantCommand {
    return {
      tenantId,
      command: { type: 'RenewSubscription', purchaseId, endsAt: body.endsAt, now: this.now() },
    };
  }

  @Put('rulebook')
  @GlobalAdminOnly()
  @ApiOperation({
    summary: 'Switch the tenant to a rulebook (R9; global admin); the same again appends nothing',
  })
  adoptRulebook(@Param() { tenantId }: TenantParams, @Body() body: RulebookBody): TenantCommand {
    return { tenantId, command: { type: 'AdoptRulebook', rulebook: body.rulebook } };
  }

  @Delete('purchases/:purchaseId')
  @ApiOperation({ summary: 'Cancel a purchase whose seats are not in use (R4)' })
  cancelPurchase(@Param() { tenantId, purchaseId }: PurchaseParams): TenantCommand {
    return { tenantId, command: { type: 'CancelPurchase', purchaseId } };
  }

  @Post('accounts')
  @ApiOperation({ summary: 'Create a user or resource account' })
  createAccount(@Param() { tenantId }: TenantParams, @Body() body: CreateAccountBody): TenantCommand {
    return {
      tenantId,
      command: {
        type: 'CreateAccount',
        accountId: body.accountId,
        displayName: body.displayName,
        kind: body.kind,
        ...(body.resourceType === undefined ? {} : { resourceType: body.resourceType }),
      },
    };
  }

  @Delete('accounts/:accountId')
  @ApiOperation({ summary: 'Delete an account, releasing its number and licences first (R7)' })
  deleteAccount(@Param() { tenantId, accountId }: AccountParams): TenantCommand {
    return { tenantId, command: { type: 'DeleteAccount', accountId } };
  }

  @Post('accounts/:accountId/licenses')
  @ApiOperation({ summary: 'Assign a licence (R4)' })
  assignLicense(
    @Param() { tenantId, accountId }: AccountParams,
    @Body() body: AssignLicenseBody,
  ): TenantCommand {
    return {
      tenantId,
      command: { type: 'ChangeLicenses', accountId, add: [body.sku], remove: [] },
    };
  }

  @Delete('accounts/:accountId/licenses/:sku')
  @ApiOperation({
    summary: 'Remove a licence; removing the last phone-capable one warns SPLIT_SWAP_RISK (R8)',
  })
  removeLicense(@Param() { tenantId, accountId, sku }: AccountLicenseParams): TenantCommand {
    return {
      tenantId,
      command: { type: 'ChangeLicenses', accountId, add: [], remove: [sku] },
    };
  }

  @Post('accounts/:accountId/license-swap')
  @HttpCode(200)
  @ApiOperation({ summary: 'Swap one licence for another in one activity: one LicenseSwapped event (R5)' })
  swapLicense(@Param() { tenantId, accountId }: AccountParams, @Body() body: SwapLicenseBody): TenantCommand {
    return {
      tenantId,
      command: { type: 'ChangeLicenses', accountId, add: [body.toSku], remove: [body.fromSku] },
    };
  }

  @Post('license-activities')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add and remove licences on one account as one licence activity (R5)' })
  changeLicenses(@Param() { tenantId }: TenantParams, @Body() body: LicenseActivityBody): TenantCommand {
    return {
      tenantId,
      command: {
        type: 'ChangeLicenses',
        accountId: body.accountId,
        add: body.add ?? [],
        remove: body.remove ?? [],
      },
    };
  }

  @Put('accounts/:accountId/phone-number')
  @ApiOperation({ summary: 'Assign a phone number; needs a phone-capable licence (R1, R8)' })
  assignPhoneNumber(
    @Param() { tenantId, accountId }: AccountParams,
    @Body() body: PhoneNumberBody,
  ): TenantCommand {
    return {
      tenantId,
      command: { type: 'AssignPhoneNumber', accountId, phoneNumber: body.phoneNumber },
    };
  }

  @Delete('accounts/:accountId/phone-number')
  @ApiOperation({ summary: 'Release the account’s phone number' })
  releasePhoneNumber(@Param() { tenantId, accountId }: AccountParams): TenantCommand {
    return { tenantId, command: { type: 'ReleasePhoneNumber', accountId } };
  }

  @Post('accounts/:accountId/replacement')
  @ApiOperation({
    summary:
      'Replace a (broken) resource account: new account with the Virtual User licence and the number (R6)',
  })
  replaceAccount(
    @Param() { tenantId, accountId }: AccountParams,
    @Body() body: ReplacementBody,
  ): TenantCommand {
    return {
      tenantId,
      command: {
        type: 'ReplaceAccount',
        accountId,
        newAccountId: body.newAccountId,
        ...(body.displayName === undefined ? {} : { displayName: body.displayName }),
      },
    };
  }
}
