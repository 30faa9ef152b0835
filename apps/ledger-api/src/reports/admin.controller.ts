import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LedgerProjections, type ReplayResult } from '@ledger/projections';
import { GlobalAdminOnly } from '../auth/access.decorators';
import { LongRunning } from '../limits/request-timeout.interceptor';

@ApiTags('admin')
@ApiBearerAuth()
@GlobalAdminOnly()
@Controller('v1/admin')
export class AdminController {
  constructor(private readonly projections: LedgerProjections) {}

  @Post('projections/rebuild')
  @HttpCode(200)
  @LongRunning()
  @ApiOperation({
    summary: 'Drop every read model and replay the whole log; answers the events replayed and the time taken',
  })
  rebuild(): Promise<ReplayResult> {
    return this.projections.runner.rebuild();
  }
}
