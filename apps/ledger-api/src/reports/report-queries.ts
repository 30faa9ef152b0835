import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, Min, Matches } from 'class-validator';
import {
  ATTENTION_CURSOR_PATTERN,
  MAX_ATTENTION_PAGE,
  MAX_TREND_POINTS,
  TREND_INTERVALS,
  type TrendInterval,
} from '@ledger/projections';
import { IsInstant } from '../tenants/dto/read-queries';

export const REPORT_FORMATS = ['json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export class ReportFormatQuery {
  @ApiPropertyOptional({ enum: REPORT_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;
}

export class QuotaReportQuery extends ReportFormatQuery {
  @ApiPropertyOptional({
    description: 'ISO-8601 instant: every tenant as it stood then, replayed from the log',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'asOf must be an ISO-8601 instant' })
  asOf?: string;
}

/** SPEC §5/§6 trends: the range and the interval; `from` ≤ `to`, `to` at most 366 days ahead, at most 1,000 points. */
export class TrendQuery extends ReportFormatQuery {
  @ApiProperty({
    description:
      'ISO-8601 instant: the series starts here (its first point is the end of the interval holding it)',
    example: '2026-01-01T00:00:00Z',
  })
  @IsInstant('from')
  from!: string;

  @ApiProperty({
    description:
      'ISO-8601 instant, not before `from`: the last point, the last interval clipped to it. Up to 366 days ' +
      'ahead: points after now are forecasts from the terms recorded (R13, `forecast: true`)',
    example: '2026-12-31T00:00:00Z',
  })
  @IsInstant('to')
  to!: string;

  @ApiProperty({
    enum: TREND_INTERVALS,
    description:
      'Calendar intervals in UTC: `day` ends at midnight UTC, `week` on Monday at midnight UTC (ISO 8601 weeks), ' +
      `\`month\` on the first of the month at midnight UTC. At most ${MAX_TREND_POINTS} points.`,
  })
  @IsIn(TREND_INTERVALS, { message: `$property must be one of ${TREND_INTERVALS.join(', ')}` })
  interval!: TrendInterval;
}

/** SPEC §5 attention: every tenant needing action, or a page of them. */
export class AttentionQuery extends ReportFormatQuery {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_ATTENTION_PAGE,
    description: 'At most this many tenants (a page); without it, every tenant needing action',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ATTENTION_PAGE)
  limit?: number;

  @ApiPropertyOptional({
    description: 'The `next` of the previous page (an opaque cursor)',
    pattern: ATTENTION_CURSOR_PATTERN.source,
  })
  @IsOptional()
  @IsString()
  @Matches(ATTENTION_CURSOR_PATTERN, { message: 'after must be the `next` of the previous page' })
  after?: string;
}
