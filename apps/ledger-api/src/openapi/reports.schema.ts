import { ApiSchema, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BrokenAccountEntrySchema } from './account-view.schema';
import { QuotaViewSchema } from './quota-view.schema';

/* SPEC §3 cross-tenant reports, JSON form (`format=csv` streams the same rows as text/csv). */

@ApiSchema({ name: 'QuotaReport' })
export class QuotaReportSchema {
  @ApiPropertyOptional({ description: 'The instant replayed to, when `asOf` was given (ISO-8601 UTC)' })
  asOf?: string;
  @ApiProperty({ type: [QuotaViewSchema], description: 'One quota view per tenant' })
  tenants!: QuotaViewSchema[];
}

@ApiSchema({ name: 'BrokenAccountsReport' })
export class BrokenAccountsReportSchema {
  @ApiProperty({ type: [BrokenAccountEntrySchema] }) accounts!: BrokenAccountEntrySchema[];
}
