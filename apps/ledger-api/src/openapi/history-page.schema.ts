import { ApiSchema, ApiProperty } from '@nestjs/swagger';
import type { LedgerEventType } from '@ledger/licensing';
import type { HistoryEntry, HistoryPage } from '@ledger/projections';
import { EventTypeProperty } from './api-enums';

/* SPEC §3 history page; each class `implements` the read model's type (a new field: one line here). */

@ApiSchema({ name: 'HistoryEntry' })
export class HistoryEntrySchema implements HistoryEntry {
  @ApiProperty({ description: 'Revision of the event in the tenant’s stream' }) revision!: number;
  @EventTypeProperty() type!: LedgerEventType;
  @ApiProperty({ description: 'ISO-8601 UTC' }) occurredAt!: string;
  @ApiProperty({ description: 'The `sub` of the token that recorded it' }) actor!: string;
  @ApiProperty() activityId!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event’s data (SPEC §2)' })
  data!: Record<string, unknown>;
}

@ApiSchema({ name: 'HistoryPage' })
export class HistoryPageSchema implements HistoryPage {
  @ApiProperty({ type: [HistoryEntrySchema], description: 'Oldest first, or newest first with `order=desc`' })
  events!: HistoryEntrySchema[];
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Pass as `after` (or `before` with `order=desc`) for the next page; null on the last page',
  })
  next!: number | null;
  @ApiProperty({ description: 'SPEC §6: the entries matching the filter, whatever the page' }) total!: number;
}
