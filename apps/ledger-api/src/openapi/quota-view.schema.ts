import { ApiSchema, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AllocationPolicy, QuotaView, SeatCount } from '@ledger/licensing';
import type { QuotaAnswer } from '@ledger/projections';
import { AllocationPolicyProperty } from './api-enums';

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

@ApiSchema({ name: 'VirtualUserSeats' })
export class VirtualUserSeatsSchema implements VirtualUserSeats {
  @ApiProperty({ description: 'A(N): the free Virtual User allocation under the policy (R2)' })
  allocation!: number;
  @ApiProperty() purchased!: number;
  @ApiProperty() assigned!: number;
  @ApiProperty({ description: 'Purchased seats free to assign' }) available!: number;
  @ApiProperty({ description: 'How many more may still be purchased within the allocation (R3)' })
  purchasable!: number;
}

@ApiSchema({ name: 'QuotaView' })
export class QuotaViewSchema implements QuotaAnswer {
  @ApiProperty() tenantId!: string;
  @AllocationPolicyProperty({
    description: 'The policy of the latest purchase; before any, the one a purchase would use now',
  })
  policy!: AllocationPolicy;
  @ApiProperty({
    type: SeatCountSchema,
    description: 'Seats of the SKUs that count for the allocation (PHONE_SYSTEM, E5): N is `purchased`',
  })
  phoneSystemSeats!: SeatCountSchema;
  @ApiProperty({ type: VirtualUserSeatsSchema }) virtualUser!: VirtualUserSeatsSchema;
  @ApiProperty({
    description: 'Cancelled Phone System seats pushed A(N) below the Virtual User seats already purchased',
  })
  overAllocated!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Log position of the tenant’s last event reflected; null for a tenant without events',
  })
  position!: string | null;
  @ApiPropertyOptional({ description: 'The instant replayed to, on `asOf` answers (ISO-8601 UTC)' })
  asOf?: string;
}
