import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import type { EventStore } from '@ledger/event-store';
import { Public } from '../auth/access.decorators';
import type { AuthenticatedRequest } from '../auth/access.guard';
import { mayUseGlobalOperations } from '../auth/principal';
import { ProjectionsHealth } from '../projections/projections-status';
import { EVENT_STORE } from '../store/event-store.tokens';
import { HealthAnswerSchema } from '../openapi/health.schema';
import type { AdminHealthAnswer, HealthStatus, PublicHealthAnswer } from './health-answer';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionsHealth,
  ) {}

  @Get()
  @Public()
  // Load balancers and orchestrators probe this from one address, often: never refuse them.
  @SkipThrottle()
  @ApiOperation({
    summary:
      'Liveness: `ok`, `degraded` (an event is parked, or projection batches are failing) or `down` (503: the store does not answer)',
    description:
      'Without a token, only `{status}`. With a global admin token, also the store adapter and the ' +
      'projections: position, lag and the parked events, named (SPEC §5, §6).',
    // A token is optional: without one the answer is shorter, never refused.
    security: [{}, { bearer: [] }],
  })
  @ApiOkResponse({ type: HealthAnswerSchema, description: '`ok` or `degraded`' })
  @ApiServiceUnavailableResponse({
    type: HealthAnswerSchema,
    description: '`down`: the store does not answer',
  })
  async health(
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PublicHealthAnswer | AdminHealthAnswer> {
    const store = await this.store.health();
    const status: HealthStatus = !store.up ? 'down' : this.projections.degraded ? 'degraded' : 'ok';
    if (status === 'down') void reply.status(503);
    const principal = request.principal;
    if (principal === undefined || !mayUseGlobalOperations(principal)) return { status };
    return {
      status,
      store: { up: store.up, adapter: store.adapter },
      projections: await this.projections.status(),
    };
  }
}
