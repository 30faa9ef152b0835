import { ApiSchema, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { LedgerEventType, LedgerWarning } from '@ledger/licensing';
import type { WriteAnswer } from '../tenants/license-activity.interceptor';
import { EventTypeListProperty } from './api-enums';

/* SPEC §3: the body of every write answer; each class `implements` the served type. */

/** R8 and R12: every code a write's warning can carry (the type checks the list is the domain's). */
const WARNING_CODES = [
  'SPLIT_SWAP_RISK',
  'FULL_LICENCE_ON_RESOURCE_ACCOUNT',
] as const satisfies readonly LedgerWarning['code'][];

@ApiSchema({ name: 'Warning' })
export class WarningSchema implements LedgerWarning {
  @ApiProperty({ enum: WARNING_CODES }) code!: LedgerWarning['code'];
  @ApiProperty() accountId!: string;
  @ApiProperty() message!: string;
}

@ApiSchema({ name: 'WriteAnswer' })
export class WriteAnswerSchema implements WriteAnswer {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The licence activity (R5); null when the command changed nothing',
  })
  activityId!: string | null;
  @ApiProperty({
    description: 'Revision of the tenant’s stream after the write (-1: no events yet); also the ETag',
  })
  revision!: number;
  @EventTypeListProperty('Types of the events appended, in order')
  events!: LedgerEventType[];
  @ApiProperty({ type: [WarningSchema] }) warnings!: WarningSchema[];
  @ApiPropertyOptional({ description: 'On a purchase: the id of the purchase recorded' }) purchaseId?: string;
}
