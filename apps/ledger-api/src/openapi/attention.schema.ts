import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import {
  ATTENTION_CODES,
  ATTENTION_SEVERITIES,
  type AttentionCode,
  type AttentionEntry,
  type AttentionReason,
  type AttentionReport,
  type AttentionSeverity,
  type AttentionSummary,
} from '@ledger/projections';

/* SPEC §5/§6 attention, as `GET /v1/reports/attention` answers it (`format=csv`: one row per reason). */

const SEVERITY = (description: string) =>
  ApiProperty({ enum: ATTENTION_SEVERITIES, enumName: 'AttentionSeverity', description });

@ApiSchema({ name: 'AttentionReason' })
export class AttentionReasonSchema implements AttentionReason {
  @ApiProperty({
    enum: ATTENTION_CODES,
    enumName: 'AttentionCode',
    description:
      'BROKEN_ACCOUNTS (R6), OVER_ALLOCATED (free seats held beyond the allocation, R10), SHORTFALL (seats ' +
      'assigned beyond those held, R13) — critical; UNLICENSED (R11), FULL_LICENCE (R12) — warning; ' +
      'TERMS_ENDING (within 30 days), ALLOCATION_NEARLY_USED (free seats held ≥ 90 % of the free allocation, ' +
      'and not over it) — notice',
  })
  code!: AttentionCode;
  @SEVERITY('How urgent this reason is') severity!: AttentionSeverity;
  @ApiProperty({ description: 'How many accounts, seats or terms it concerns' }) count!: number;
  @ApiProperty({ description: 'What is wrong, in plain words with the numbers' }) message!: string;
  @ApiProperty({ description: 'What to do about it' }) remedy!: string;
}

@ApiSchema({ name: 'AttentionEntry' })
export class AttentionEntrySchema implements AttentionEntry {
  @ApiProperty() tenantId!: string;
  @SEVERITY('The worst severity among its reasons') severity!: AttentionSeverity;
  @ApiProperty({ type: [AttentionReasonSchema], description: 'Worst first' })
  reasons!: AttentionReasonSchema[];
}

@ApiSchema({ name: 'AttentionSummary' })
export class AttentionSummarySchema implements AttentionSummary {
  @ApiProperty({ description: 'Every tenant looked at (every tenant with events)' }) tenants!: number;
  @ApiProperty({ description: 'Those that need action (all pages)' }) needingAction!: number;
  @ApiProperty({ description: 'Tenants whose worst reason is critical' }) critical!: number;
  @ApiProperty({ description: 'Tenants whose worst reason is a warning' }) warning!: number;
  @ApiProperty({ description: 'Tenants whose worst reason is a notice' }) notice!: number;
}

@ApiSchema({ name: 'AttentionReport' })
export class AttentionReportSchema implements AttentionReport {
  @ApiProperty({
    type: [AttentionEntrySchema],
    description:
      'Only tenants that need action, worst first: by severity (critical, warning, notice), then by the ' +
      'accounts, seats or terms concerned by the reasons of that severity (most first), then by tenant id',
  })
  tenants!: AttentionEntrySchema[];
  @ApiProperty({ type: AttentionSummarySchema }) summary!: AttentionSummarySchema;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'With `limit`: pass it as `after` for the next page; null on the last page',
  })
  next!: string | null;
}
