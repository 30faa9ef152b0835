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
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { newPurchaseId } from '@ledger/runtime';
import { GlobalAdminOnly, TenantAccess } from '../auth/access.decorators';
import { CLOCK, type Clock } from '../commands/record-license-activity.handler';
import { TenantWriteErrors } from '../openapi/error-responses';
import { WriteAnswered } from '../openapi/write-answered';
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

/** R4, R1: what adding, removing or swapping licences on an account can be refused with. */
const CHANGE_LICENSES_REFUSALS = [
  'LICENSE_NOT_HELD',
  'LICENSE_ALREADY_HELD',
  'NOT_A_RESOURCE_ACCOUNT',
  'NO_SEAT_AVAILABLE',
] as const;

/**
 * Every write of SPEC §3. Each is one licence activity (R5); the domain decides, this only
 * translates: an endpoint returns the command it asks, and LicenseActivityInterceptor records it.
 */
@ApiTags('writes')
@ApiBearerAuth()
@ApiHeader({
  name: 'Idempotency-Key',
  required: false,
  description: 'Same key and same body: the same answer, no new events; same key, other body: 422',
})
@ApiHeader({
  name: 'If-Match',
  required: false,
  description: '`"<revision>"`: refuse with 412 CONCURRENCY_CONFLICT when the tenant has moved on',
})
@ApiHeader({ name: 'X-Correlation-Id', required: false, description: 'Recorded on the events' })
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
  @WriteAnswered(201)
  @TenantWriteErrors({ refusals: ['NOT_QUALIFIED', 'ALLOCATION_EXCEEDED'], notFound: false, withBody: true })
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
  @WriteAnswered(200)
  @TenantWriteErrors({ refusals: ['SUBSCRIPTION_EXPIRED', 'NO_TERM'], notFound: true, withBody: true })
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
  @WriteAnswered(200)
  @TenantWriteErrors({ refusals: [], notFound: false, withBody: true })
  adoptRulebook(@Param() { tenantId }: TenantParams, @Body() body: RulebookBody): TenantCommand {
    return { tenantId, command: { type: 'AdoptRulebook', rulebook: body.rulebook } };
  }

  @Delete('personal-data')
  @GlobalAdminOnly()
  @ApiOperation({
    summary:
      'Erase the tenant’s personal data by crypto-shredding (SPEC §5; global admin): display names, phone numbers and actors recorded so far read as "[erased]"; quotas, statuses and history entries stay. Again with nothing recorded since: 200, nothing appended',
  })
  @WriteAnswered(200)
  @TenantWriteErrors({ refusals: [], notFound: true, withBody: false })
  erasePersonalData(@Param() { tenantId }: TenantParams): TenantCommand {
    return { tenantId, command: { type: 'ErasePersonalData' } };
  }

  @Delete('purchases/:purchaseId')
  @ApiOperation({ summary: 'Cancel a purchase whose seats are not in use (R4)' })
  @WriteAnswered(200)
  @TenantWriteErrors({ refusals: ['SEATS_IN_USE'], notFound: true, withBody: false })
  cancelPurchase(@Param() { tenantId, purchaseId }: PurchaseParams): TenantCommand {
    return { tenantId, command: { type: 'CancelPurchase', purchaseId } };
  }

  @Post('accounts')
  @ApiOperation({ summary: 'Create a user or resource account' })
  @WriteAnswered(201)
  @TenantWriteErrors({ refusals: ['ACCOUNT_EXISTS'], notFound: false, withBody: true })
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
  @WriteAnswered(200)
  @TenantWriteErrors({ refusals: [], notFound: true, withBody: false })
  deleteAccount(@Param() { tenantId, accountId }: AccountParams): TenantCommand {
    return { tenantId, command: { type: 'DeleteAccount', accountId } };
  }

  @Post('accounts/:accountId/licenses')
  @ApiOperation({ summary: 'Assign a licence (R4)' })
  @WriteAnswered(201)
  @TenantWriteErrors({ refusals: CHANGE_LICENSES_REFUSALS, notFound: true, withBody: true })
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
  @WriteAnswered(200)
  @TenantWriteErrors({ refusals: CHANGE_LICENSES_REFUSALS, notFound: true, withBody: false })
  removeLicense(@Param() { tenantId, accountId, sku }: AccountLicenseParams): TenantCommand {
    return {
      tenantId,
      command: { type: 'ChangeLicenses', accountId, add: [], remove: [sku] },
    };
  }

  @Post('accounts/:accountId/license-swap')
  @HttpCode(200)
  @ApiOperation({ summary: 'Swap one licence for another in one activity: one LicenseSwapped event (R5)' })
  @WriteAnswered(200)
  @TenantWriteErrors({ refusals: CHANGE_LICENSES_REFUSALS, notFound: true, withBody: true })
  swapLicense(@Param() { tenantId, accountId }: AccountParams, @Body() body: SwapLicenseBody): TenantCommand {
    return {
      tenantId,
      command: { type: 'ChangeLicenses', accountId, add: [body.toSku], remove: [body.fromSku] },
    };
  }

  @Post('license-activities')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add and remove licences on one account as one licence activity (R5)' })
  @WriteAnswered(200)
  @TenantWriteErrors({ refusals: CHANGE_LICENSES_REFUSALS, notFound: true, withBody: true })
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
  @WriteAnswered(200)
  @TenantWriteErrors({
    refusals: ['LICENSE_REQUIRED', 'PHONE_NUMBER_IN_USE'],
    notFound: true,
    withBody: true,
  })
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
  @WriteAnswered(200)
  @TenantWriteErrors({ refusals: [], notFound: true, withBody: false })
  releasePhoneNumber(@Param() { tenantId, accountId }: AccountParams): TenantCommand {
    return { tenantId, command: { type: 'ReleasePhoneNumber', accountId } };
  }

  @Post('accounts/:accountId/replacement')
  @ApiOperation({
    summary:
      'Replace a (broken) resource account: new account with the Virtual User licence and the number (R6)',
  })
  @WriteAnswered(201)
  @TenantWriteErrors({
    refusals: ['NOT_A_RESOURCE_ACCOUNT', 'ACCOUNT_EXISTS', 'NO_SEAT_AVAILABLE'],
    notFound: true,
    withBody: true,
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
