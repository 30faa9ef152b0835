import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { Rulebook } from '@ledger/licensing';
import {
  MAX_TREND_POINTS,
  TREND_INTERVALS,
  type EstateTrend,
  type EstateTrendPoint,
  type TenantTrend,
  type TrendFigures,
  type TrendInterval,
  type TrendPoint,
} from '@ledger/projections';
import { RulebookProperty } from './api-enums';

/*
 * SPEC §5/§6 trends, as `GET /v1/tenants/{tenantId}/trend` and `GET /v1/reports/trend` answer them
 * (`format=csv`: one row per point, the same fields).
 */

/** The figures of a point: each one a field of the quota view or a count of the account views at `at`. */
abstract class TrendFiguresProperties implements TrendFigures {
  @ApiProperty({
    description: 'A(N): the free Resource Account allocation (`virtualUser.free.allocation`; R2, R9)',
  })
  allocation!: number;
  @ApiProperty({ description: 'Free Resource Account seats held (`virtualUser.free.held`, R10)' })
  free!: number;
  @ApiProperty({
    description: 'Resource Account seats bought beyond the allocation (`virtualUser.paid.held`, R10)',
  })
  paid!: number;
  @ApiProperty({ description: 'Resource Account seats assigned (`virtualUser.assigned`)' })
  assigned!: number;
  @ApiProperty({
    description:
      'N: seats of the SKUs counting for the allocation under the rulebook in force (`phoneSystemSeats.purchased`)',
  })
  phoneSystemSeats!: number;
  @ApiProperty({ description: 'Resource accounts broken by a split swap (R6)' })
  broken!: number;
  @ApiProperty({ description: 'Resource accounts flagged UNLICENSED (R11) or FULL_LICENCE (R12)' })
  nonCompliant!: number;
  @ApiProperty({
    description: 'What the paid seats cost a month at list price, in USD (`virtualUser.paid.monthlyCost`)',
  })
  monthlyCost!: number;
}

const AT = ApiProperty({
  description:
    'ISO-8601 UTC: the end of the interval (the last one clipped to `to`). The point is the state as ' +
    '`asOf` at this instant answers it: every event that occurred at or before it counts',
});
const FORECAST = ApiProperty({
  description:
    '`at` is after the time of the request: a forecast from the terms recorded (R13), as `asOf` answers it',
});

@ApiSchema({ name: 'TrendPoint' })
export class TrendPointSchema extends TrendFiguresProperties implements TrendPoint {
  @AT at!: string;
  @RulebookProperty({
    description:
      'The rulebook in force at `at` (R9); before the tenant’s first write, the one it would adopt',
  })
  rulebook!: Rulebook;
  @FORECAST forecast!: boolean;
}

@ApiSchema({ name: 'EstateTrendPoint' })
export class EstateTrendPointSchema extends TrendFiguresProperties implements EstateTrendPoint {
  @AT at!: string;
  @RulebookProperty({
    description:
      'The rulebook of every tenant counted (R9); null when they are governed by more than one; with no tenant yet, the one a first write would adopt',
    nullable: true,
  })
  rulebook!: Rulebook | null;
  @FORECAST forecast!: boolean;
  @ApiProperty({ description: 'The tenants with events by `at`: the figures are their sums' })
  tenants!: number;
}

abstract class TrendRangeProperties {
  @ApiProperty({ enum: TREND_INTERVALS, type: String }) interval!: TrendInterval;
  @ApiProperty({ description: 'The start of the series, ISO-8601 UTC' }) from!: string;
  @ApiProperty({ description: 'The end of the series (the last point), ISO-8601 UTC' }) to!: string;
}

@ApiSchema({ name: 'TenantTrend' })
export class TenantTrendSchema extends TrendRangeProperties implements TenantTrend {
  @ApiProperty() tenantId!: string;
  @ApiProperty({
    type: [TrendPointSchema],
    maxItems: MAX_TREND_POINTS,
    description:
      'Oldest first, one per interval. A tenant without events answers points of zeros, as its quota view does',
  })
  points!: TrendPointSchema[];
}

@ApiSchema({ name: 'EstateTrend' })
export class EstateTrendSchema extends TrendRangeProperties implements EstateTrend {
  @ApiProperty({ type: [EstateTrendPointSchema], maxItems: MAX_TREND_POINTS, description: 'Oldest first' })
  points!: EstateTrendPointSchema[];
}
