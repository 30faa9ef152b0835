import { ApiSchema, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BrokenAccountEntrySchema } from './account-view.schema';
import type { ComplianceCounts } from '@ledger/licensing';
import type { QuotaReportRow } from '@ledger/projections';
import { QuotaViewSchema } from './quota-view.schema';

/* SPEC §3 cross-tenant reports, JSON form (`format=csv` streams the same rows as text/csv). */

@ApiSchema({ name: 'ComplianceCounts' })
export class ComplianceCountsSchema implements ComplianceCounts {
  @ApiProperty({ description: 'Resource accounts without a phone-capable licence (R11)' })
  UNLICENSED!: number;
  @ApiProperty({ description: 'Resource accounts holding a full licence (R12)' }) FULL_LICENCE!: number;
}

@ApiSchema({ name: 'QuotaReportRow' })
export class QuotaReportRowSchema extends QuotaViewSchema implements QuotaReportRow {
  @ApiProperty({ type: ComplianceCountsSchema, description: 'How many of its accounts carry each flag' })
  compliance!: ComplianceCountsSchema;
}

@ApiSchema({ name: 'QuotaReport' })
export class QuotaReportSchema {
  @ApiPropertyOptional({ description: 'The instant replayed to, when `asOf` was given (ISO-8601 UTC)' })
  asOf?: string;
  @ApiProperty({
    type: [QuotaReportRowSchema],
    description: 'One quota view per tenant, with its compliance counts',
  })
  tenants!: QuotaReportRowSchema[];
}

@ApiSchema({ name: 'BrokenAccountsReport' })
export class BrokenAccountsReportSchema {
  @ApiProperty({ type: [BrokenAccountEntrySchema] }) accounts!: BrokenAccountEntrySchema[];
}
