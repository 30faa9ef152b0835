import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, Max, Min } from 'class-validator';
import { HISTORY_ORDERS, type HistoryOrder } from '@ledger/projections';
import {
  ACCOUNT_STATUSES,
  COMPLIANCE_FLAGS,
  LEDGER_EVENT_TYPES,
  type AccountStatusName,
  type ComplianceFlag,
  type LedgerEventType,
} from '@ledger/licensing';
import { IsLedgerId } from './identifiers';

export const MAX_HISTORY_PAGE = 1000;
export const DEFAULT_HISTORY_PAGE = 100;

export const IsInstant = (description: string) =>
  IsISO8601(
    { strict: true, strictSeparator: true },
    { message: `${description} must be an ISO-8601 instant` },
  );

export class AsOfQuery {
  @ApiPropertyOptional({
    description:
      'ISO-8601 instant: the answer is the log replayed up to it; up to 366 days ahead, a forecast from the terms recorded (R13)',
    example: '2026-11-01T00:00:00Z',
  })
  @IsOptional()
  @IsInstant('asOf')
  asOf?: string;
}

export class AccountListQuery extends AsOfQuery {
  @ApiPropertyOptional({ enum: ACCOUNT_STATUSES })
  @IsOptional()
  @IsIn(ACCOUNT_STATUSES)
  status?: AccountStatusName;

  @ApiPropertyOptional({ enum: COMPLIANCE_FLAGS, description: 'R11/R12: only accounts with this flag' })
  @IsOptional()
  @IsIn(COMPLIANCE_FLAGS, { message: `$property must be one of ${COMPLIANCE_FLAGS.join(', ')}` })
  compliance?: ComplianceFlag;
}

export class HistoryQuery {
  @IsOptional()
  @IsLedgerId('Only this account’s events', { required: false })
  accountId?: string;

  @ApiPropertyOptional({ enum: LEDGER_EVENT_TYPES })
  @IsOptional()
  @IsIn(LEDGER_EVENT_TYPES)
  type?: LedgerEventType;

  @ApiPropertyOptional({ description: 'Events at or after this instant (ISO-8601)' })
  @IsOptional()
  @IsInstant('from')
  from?: string;

  @ApiPropertyOptional({ description: 'Events before this instant (ISO-8601)' })
  @IsOptional()
  @IsInstant('to')
  to?: string;

  @ApiPropertyOptional({
    enum: HISTORY_ORDERS,
    default: 'asc',
    description: 'SPEC §6: `asc` oldest first, paged by `after`; `desc` newest first, paged by `before`',
  })
  @IsOptional()
  @IsIn(HISTORY_ORDERS, { message: `$property must be one of ${HISTORY_ORDERS.join(', ')}` })
  order?: HistoryOrder;

  @ApiPropertyOptional({ description: 'With `order=asc`: a revision, the `next` of the previous page' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(-1)
  after?: number;

  @ApiPropertyOptional({
    description: 'With `order=desc`: only entries before this revision, the `next` of the previous page',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  before?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_HISTORY_PAGE, default: DEFAULT_HISTORY_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_HISTORY_PAGE)
  limit?: number;
}
