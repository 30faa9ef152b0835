import { Controller, Get, HttpCode, Logger, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { StoreUnavailableError } from '@ledger/event-store';
import {
  LedgerProjections,
  NotParkedError,
  parkedEventAnswer,
  type ParkedEventAnswer,
  type ProjectionsStatus,
  type ReplayResult,
} from '@ledger/projections';
import { GlobalAdminOnly } from '../auth/access.decorators';
import { LedgerHttpError } from '../http/ledger-http-error';
import { LongRunning } from '../limits/request-timeout.interceptor';
import { ProjectionsHealth } from '../projections/projections-status';
import { AdminErrors } from '../openapi/error-responses';
import {
  ProjectionsStatusSchema,
  RebuildAnswerSchema,
  RetryAnswerSchema,
  SkipAnswerSchema,
} from '../openapi/projections-status.schema';

/** A parked event's route: its position is validated, and it may not be parked (404). */
const PARKED_EVENT_ERRORS = {
  400: ['VALIDATION_FAILED'],
  404: ['NOT_FOUND'],
  414: ['URI_TOO_LONG'],
  503: ['STORE_UNAVAILABLE', 'REQUEST_TIMEOUT'],
};

const PARKED_POSITION = ApiParam({
  name: 'position',
  description: 'Log position of the parked event (digits)',
  schema: { type: 'string', pattern: '^\\d{1,20}$' },
});

/** A log position in a path: digits only (64-bit). */
function positionOf(text: string): bigint {
  if (!/^\d{1,20}$/.test(text)) {
    throw LedgerHttpError.validation('position must be a log position (digits)', [
      { field: 'position', problems: ['not a log position'] },
    ]);
  }
  return BigInt(text);
}

function notParked(error: unknown): never {
  if (error instanceof NotParkedError) throw LedgerHttpError.notFound(error.message);
  throw error;
}

@ApiTags('admin')
@ApiBearerAuth()
@GlobalAdminOnly()
@Controller('v1/admin')
export class AdminController {
  private readonly logger = new Logger('Projections');

  constructor(
    private readonly projections: LedgerProjections,
    private readonly health: ProjectionsHealth,
  ) {}

  @Get('projections')
  @ApiOperation({
    summary: 'The projections: position, lag behind the log, and the parked events (SPEC §5)',
    description:
      'An event a projection cannot apply (unknown type, newer schema version, a projection bug) is ' +
      'parked with its error; the other tenants flow on. The tenant of a parked event is held: its views ' +
      'stay at the revision before it and its reads answer 503 PROJECTION_PARKED until it is retried or skipped.',
  })
  @ApiOkResponse({ type: ProjectionsStatusSchema })
  @AdminErrors({})
  status(): Promise<ProjectionsStatus> {
    return this.health.status();
  }

  @Post('projections/parked/:position/retry')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Apply a parked event again (after a fix), then the events of its tenant held behind it',
    description:
      '200 `{applied: true}` when it applied; 409 PARKED_EVENT_STILL_FAILS (with its error) when it stays parked.',
  })
  @PARKED_POSITION
  @ApiOkResponse({ type: RetryAnswerSchema })
  @AdminErrors({ ...PARKED_EVENT_ERRORS, 409: ['PARKED_EVENT_STILL_FAILS'] })
  async retry(@Param('position') position: string): Promise<{ applied: true }> {
    const outcome = await this.projections.runner.retry(positionOf(position)).catch(notParked);
    if (outcome.parked !== null) {
      throw LedgerHttpError.of(
        409,
        'PARKED_EVENT_STILL_FAILS',
        'The event still cannot be applied; it stays parked',
        parkedEventAnswer(outcome.parked),
      );
    }
    return { applied: true };
  }

  @Post('projections/parked/:position/skip')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Let the projections do without a parked event: it leaves the parked list, its tenant’s held events are applied',
    description: 'The decision is kept: a rebuild skips it too. The event stays in the log.',
  })
  @PARKED_POSITION
  @ApiOkResponse({ type: SkipAnswerSchema })
  @AdminErrors(PARKED_EVENT_ERRORS)
  async skip(@Param('position') position: string): Promise<{ skipped: ParkedEventAnswer }> {
    const skipped = await this.projections.runner.skip(positionOf(position)).catch(notParked);
    return { skipped: parkedEventAnswer(skipped) };
  }

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
  @ApiOkResponse({ type: RebuildAnswerSchema })
  @AdminErrors({ 503: ['STORE_UNAVAILABLE', 'REBUILD_INTERRUPTED'] })
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
