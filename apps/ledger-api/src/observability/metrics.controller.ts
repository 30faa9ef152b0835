import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/access.decorators';
import { LedgerMetrics } from './ledger-metrics';

/**
 * Prometheus text, public like /health (SPEC §3 lists them together): scrapers rarely carry
 * bearer tokens, and the series hold no tenant ids, no caller-chosen text and no data — only
 * volumes and latencies by route template. Where even those are sensitive, keep /metrics off
 * the public edge (the reverse proxy), as one does for /health. Not rate limited: a scraper
 * polling every few seconds must never be refused.
 */
@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: LedgerMetrics) {}

  @Get()
  @Public()
  @SkipThrottle()
  @ApiOperation({
    summary: 'Prometheus metrics: requests, commands, conflict retries, projection lag, process',
    security: [],
  })
  @ApiOkResponse({
    description: 'Prometheus text exposition format',
    content: { 'text/plain': { schema: { type: 'string' } } },
  })
  async scrape(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    void reply.header('Content-Type', this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }
}
