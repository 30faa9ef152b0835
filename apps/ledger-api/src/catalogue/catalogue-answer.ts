import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import {
  RULEBOOKS,
  SKUS,
  type AccountKind,
  type CatalogueEntry,
  type Rulebook,
  type Sku,
} from '@ledger/licensing';

/** SPEC §6 catalogue entry, as the OpenAPI document describes it. */
@ApiSchema({ name: 'CatalogueEntry' })
export class CatalogueEntryDto implements CatalogueEntry {
  @ApiProperty({ enum: SKUS, description: 'The SKU id: it never changes' })
  sku!: Sku;

  @ApiProperty({ example: 'Teams Phone Resource Account', description: 'Today’s name' })
  name!: string;

  @ApiProperty({ type: [String], example: ['Phone System – Virtual User'] })
  formerNames!: readonly string[];

  @ApiProperty({ description: 'List price, USD per seat per month', example: 0 })
  listPriceUsd!: number;

  @ApiProperty()
  phoneCapable!: boolean;

  @ApiProperty({ enum: RULEBOOKS, isArray: true, description: 'The rulebooks under which it counts for N' })
  countsFor!: readonly Rulebook[];

  @ApiProperty({ enum: ['user', 'resource'], isArray: true, description: 'Who may hold it' })
  holders!: readonly AccountKind[];
}

/** `GET /v1/catalog`: a list wrapped in an object, as every list of the API is (`{accounts}`, `{events}`). */
@ApiSchema({ name: 'Catalogue' })
export class CatalogueAnswer {
  @ApiProperty({ type: [CatalogueEntryDto] })
  skus!: CatalogueEntryDto[];
}
