import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { EventStore } from '@ledger/event-store';
import { foldTenantStream, unfoldedTenant } from '@ledger/projections';
import {
  ImportFormatError,
  parseTenantExport,
  reconcile,
  tenantInLedgerTerms,
  type LedgerConfig,
  type Reconciliation,
  type TenantExport,
} from '@ledger/runtime';
import { GlobalAdminOnly } from '../auth/access.decorators';
import { LedgerHttpError } from '../http/ledger-http-error';
import { UploadRoute } from '../http/upload-body-limit';
import { TenantUploadErrors } from '../openapi/error-responses';
import { ReconciliationSchema } from '../openapi/reconciliation.schema';
import { EVENT_STORE } from '../store/event-store.tokens';
import { ReconciliationBody } from './dto/reconciliation-body';
import { TenantParams } from './dto/route-params';

/** The uploaded files read and checked: a malformed one is a 400 naming its file, line and field. */
function uploadedExport(body: ReconciliationBody): TenantExport {
  try {
    return parseTenantExport(body);
  } catch (error) {
    if (error instanceof ImportFormatError) {
      throw LedgerHttpError.validation(error.message, {
        file: error.file,
        line: error.line,
        field: error.field,
      });
    }
    throw error;
  }
}

/**
 * Issue 15: the differences between the ledger and a tenant export, uploaded as JSON. Reads the
 * tenant's log itself (like the export), writes nothing; the CLI's `reconcile` answers the same.
 */
@ApiTags('tenant import')
@ApiBearerAuth()
@GlobalAdminOnly()
@Controller('v1/tenants/:tenantId')
export class TenantReconciliationController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly config: ConfigService<{ ledger: LedgerConfig }, true>,
  ) {}

  @Post('reconciliation')
  @UploadRoute()
  @HttpCode(200)
  @ApiOperation({
    summary: 'The differences between the ledger and a tenant export (global admin; writes nothing)',
    description:
      'Seats per SKU, accounts on one side only, licences per account, phone numbers, the compliance flags the ' +
      'tenant has today, and the SKUs and applications the ledger does not know. A malformed file is a 400 ' +
      'VALIDATION_FAILED whose message names the file, the line and the field (`details`: {file, line, field}). ' +
      'The body may reach LEDGER_UPLOAD_BODY_LIMIT_BYTES (16 MiB by default, room for a 10,000-user export), ' +
      'not the API-wide LEDGER_BODY_LIMIT_BYTES; beyond it, 413 PAYLOAD_TOO_LARGE.',
  })
  @ApiOkResponse({ type: ReconciliationSchema })
  @TenantUploadErrors()
  async reconcile(
    @Param() { tenantId }: TenantParams,
    @Body() body: ReconciliationBody,
  ): Promise<Reconciliation> {
    const tenant = tenantInLedgerTerms(uploadedExport(body));
    const { state } = await foldTenantStream(this.store, tenantId, unfoldedTenant());
    return reconcile(tenantId, tenant, state, this.config.get('ledger', { infer: true }).rulebook);
  }
}
