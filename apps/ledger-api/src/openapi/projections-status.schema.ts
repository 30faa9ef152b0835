import { ApiSchema, ApiProperty } from '@nestjs/swagger';
import type { ParkedEventAnswer, ProjectionsStatus, ReplayResult } from '@ledger/projections';

/* SPEC §5 projection administration; each class `implements` the served type (a new field: one line here). */

@ApiSchema({ name: 'ParkedEvent' })
export class ParkedEventSchema implements ParkedEventAnswer {
  @ApiProperty({ description: 'Log position of the parked event (digits)' }) position!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null when the stream is not a tenant’s' })
  tenantId!: string | null;
  @ApiProperty({ description: 'Revision in its stream (digits)' }) revision!: string;
  @ApiProperty({ description: 'The stored event type' }) type!: string;
  @ApiProperty({ type: [String], description: 'The projections that could not apply it' })
  projections!: string[];
  @ApiProperty({ description: 'Why it could not be applied' }) error!: string;
  @ApiProperty({ description: 'ISO-8601 UTC' }) parkedAt!: string;
}

@ApiSchema({ name: 'ProjectionsStatus' })
export class ProjectionsStatusSchema implements ProjectionsStatus {
  @ApiProperty({ description: 'The log position every projection has applied (digits)' }) position!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Newest log position; null when empty or unreachable',
  })
  head!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Positions not applied yet; null when the store does not answer',
  })
  lag!: string | null;
  @ApiProperty() rebuilding!: boolean;
  @ApiProperty({ description: 'The last batch failed and is being retried' }) retrying!: boolean;
  @ApiProperty({ type: [ParkedEventSchema] }) parked!: ParkedEventSchema[];
}

@ApiSchema({ name: 'RebuildAnswer' })
export class RebuildAnswerSchema implements ReplayResult {
  @ApiProperty({ description: 'Events replayed' }) events!: number;
  @ApiProperty({ description: 'Time taken, in milliseconds' }) ms!: number;
}

@ApiSchema({ name: 'RetryAnswer' })
export class RetryAnswerSchema {
  @ApiProperty({ enum: [true] }) applied!: true;
}

@ApiSchema({ name: 'SkipAnswer' })
export class SkipAnswerSchema {
  @ApiProperty({ type: ParkedEventSchema }) skipped!: ParkedEventSchema;
}
