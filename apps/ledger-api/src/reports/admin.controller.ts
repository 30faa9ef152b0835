import { Controller, HttpCode, Logger, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { StoreUnavailableError } from '@ledger/event-store';
import { LedgerProjections, type ReplayResult } from '@ledger/projections';
import { GlobalAdminOnly } from '../auth/access.decorators';
import { LedgerHttpError } from '../http/ledger-http-error';
import { LongRunning } from '../limits/request-timeout.interceptor';

@ApiTags('admin')
@ApiBearerAuth()
@GlobalAdminOnly()
@Controller('v1/admin')
export class AdminController {
  private readonly logger = new Logger('Projections');

  constructor(private readonly projections: LedgerProjections) {}

  @Post('projections/rebuild')
  @HttpCode(200)
  @LongRunning()
  @ApiOperation({
    summary: 'Drop every read model and replay the whole log; answers the events replayed and the time taken',
    description:
      'One rebuild at a time: a call made while a rebuild runs joins it and gets the same answer ' +
      '(it does not start a second one). If the rebuild fails part way (the store or the projection ' +
      'database failed), it answers 503 and the projections carry on from where it stopped, following ' +
      'the log again: call it again to rebuild from the start.',
  })
  @ApiResponse({ status: 503, description: 'STORE_UNAVAILABLE or REBUILD_INTERRUPTED: retry later' })
  async rebuild(): Promise<ReplayResult> {
    try {
      return await this.projections.runner.rebuild();
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      this.logger.error(`rebuild interrupted: ${error instanceof Error ? error.message : String(error)}`);
      throw LedgerHttpError.of(
        503,
        'REBUILD_INTERRUPTED',
        'The rebuild stopped before the end; the projections carry on from where it stopped. Try again later',
      );
    }
  }
}
