import { ApiSchema, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  AllocationPolicy,
  ExpiringTerm,
  QuotaView,
  Rulebook,
  SeatCount,
  Shortfall,
  Sku,
} from '@ledger/licensing';
import type { QuotaAnswer } from '@ledger/projections';
import { AllocationPolicyProperty, RulebookProperty, SkuProperty } from './api-enums';

/*
 * SPEC §3 quota view, as `GET /v1/tenants/{tenantId}/quota` and the quota report answer it.
 * Each class `implements` the domain's type, so a field the domain adds fails `npm run typecheck`
 * here until it is documented: one property, in this file.
 */

@ApiSchema({ name: 'SeatCount' })
export class SeatCountSchema implements SeatCount {
  @ApiProperty() purchased!: number;
  @ApiProperty() assigned!: number;
}

type VirtualUserSeats = QuotaView['virtualUser'];
type FreeSeats = VirtualUserSeats['free'];
type PaidSeats = VirtualUserSeats['paid'];

@ApiSchema({ name: 'FreeSeats' })
export class FreeSeatsSchema implements FreeSeats {
  @ApiProperty({ description: 'A(N): the free allocation under the rulebook in force (R2, R9)' })
  allocation!: number;
  @ApiProperty({ description: 'Free Resource Account seats held' }) held!: number;
  @ApiProperty({ description: 'How many more free seats the allocation allows' }) available!: number;
}

@ApiSchema({ name: 'PaidSeats' })
export class PaidSeatsSchema implements PaidSeats {
  @ApiProperty({
    description: 'Resource Account seats bought beyond the free allocation (R10; 0 before `current`)',
  })
  held!: number;
  @ApiProperty({ description: 'Their cost per month at the catalogue’s list price, in USD' })
  monthlyCost!: number;
}

@ApiSchema({ name: 'Shortfall' })
export class ShortfallSchema implements Shortfall {
  @SkuProperty() sku!: Sku;
  @ApiProperty({ description: 'Seats of the SKU assigned to accounts' }) assigned!: number;
  @ApiProperty({ description: 'Seats of the SKU held (expired and cancelled seats no longer count)' })
  held!: number;
}

@ApiSchema({ name: 'ExpiringTerm' })
export class ExpiringTermSchema implements ExpiringTerm {
  @ApiProperty() purchaseId!: string;
  @SkuProperty() sku!: Sku;
  @ApiProperty() quantity!: number;
  @ApiProperty({ description: 'When the term ends (ISO-8601 UTC)' }) endsAt!: string;
  @ApiProperty({ description: 'A trial: same lifecycle, shown as such' }) trial!: boolean;
}

@ApiSchema({ name: 'VirtualUserSeats' })
export class VirtualUserSeatsSchema implements VirtualUserSeats {
  @ApiProperty({ description: 'A(N): the free Virtual User allocation under the policy (R2)' })
  allocation!: number;
  @ApiProperty() purchased!: number;
  @ApiProperty() assigned!: number;
  @ApiProperty({ description: 'Purchased seats free to assign' }) available!: number;
  @ApiProperty({ description: 'How many more may still be purchased within the allocation (R3)' })
  purchasable!: number;
  @ApiProperty({ type: FreeSeatsSchema }) free!: FreeSeatsSchema;
  @ApiProperty({ type: PaidSeatsSchema }) paid!: PaidSeatsSchema;
}

@ApiSchema({ name: 'QuotaView' })
export class QuotaViewSchema implements QuotaAnswer {
  @ApiProperty() tenantId!: string;
  @RulebookProperty({
    description: 'The rulebook in force (R9); before the first write, the one that write would adopt',
  })
  rulebook!: Rulebook;
  @AllocationPolicyProperty({
    description: 'Derived from the rulebook: `seed` for 2019, `per-ten` otherwise',
  })
  policy!: AllocationPolicy;
  @ApiProperty({
    type: SeatCountSchema,
    description: 'Seats of the SKUs that count for the allocation (PHONE_SYSTEM, E5): N is `purchased`',
  })
  phoneSystemSeats!: SeatCountSchema;
  @ApiProperty({ type: VirtualUserSeatsSchema }) virtualUser!: VirtualUserSeatsSchema;
  @ApiProperty({
    description:
      'Free seats held beyond the allocation (cancelled or expired qualifying seats shrank it), or seats assigned beyond those held',
  })
  overAllocated!: boolean;
  @ApiProperty({ description: 'Free Resource Account seats held beyond the allocation (R10)' })
  overAllocatedBy!: number;
  @ApiProperty({ type: [ShortfallSchema], description: 'SKUs with more seats assigned than held (R13)' })
  shortfalls!: ShortfallSchema[];
  @ApiProperty({ type: [ExpiringTermSchema], description: 'Terms ending within 30 days (R13)' })
  expiring!: ExpiringTermSchema[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Log position of the tenant’s last event reflected; null for a tenant without events',
  })
  position!: string | null;
  @ApiPropertyOptional({ description: 'The instant replayed to, on `asOf` answers (ISO-8601 UTC)' })
  asOf?: string;
}
