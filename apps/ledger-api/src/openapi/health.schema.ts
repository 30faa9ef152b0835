import { ApiSchema, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AdminHealthAnswer, HealthStatus } from '../health/health-answer';
import { ProjectionsStatusSchema } from './projections-status.schema';

/* `GET /health` (SPEC §3, §6): one word for anyone; the store and the projections for a global admin. */

type StoreHealth = AdminHealthAnswer['store'];

@ApiSchema({ name: 'StoreHealth' })
export class StoreHealthSchema implements StoreHealth {
  @ApiProperty() up!: boolean;
  @ApiProperty({ enum: ['embedded', 'eventstoredb'] }) adapter!: StoreHealth['adapter'];
}

@ApiSchema({ name: 'HealthAnswer' })
export class HealthAnswerSchema implements Partial<AdminHealthAnswer> {
  @ApiProperty({ enum: ['ok', 'degraded', 'down'] }) status!: HealthStatus;
  @ApiPropertyOptional({ type: StoreHealthSchema, description: 'Only with a global admin token' })
  store?: StoreHealthSchema;
  @ApiPropertyOptional({ type: ProjectionsStatusSchema, description: 'Only with a global admin token' })
  projections?: ProjectionsStatusSchema;
}
