import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import type { EventStore, StoreHealth } from '@ledger/event-store';
import { Public } from '../auth/access.decorators';
import { EVENT_STORE } from '../store/event-store.tokens';

export interface HealthAnswer {
  readonly status: 'ok' | 'degraded';
  readonly store: StoreHealth;
}

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  @Public()
  // Load balancers and orchestrators probe this from one address, often: never refuse them.
  @SkipThrottle()
  @ApiOperation({ summary: 'Liveness and a store check: 200 when the store answers, 503 when it does not' })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthAnswer> {
    const store = await this.store.health();
    if (!store.up) void reply.status(503);
    return { status: store.up ? 'ok' : 'degraded', store };
  }
}
