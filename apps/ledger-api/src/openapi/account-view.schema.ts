import { ApiSchema, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  AccountKind,
  AccountStatusName,
  AccountView,
  ComplianceFlag,
  ResourceType,
  Sku,
} from '@ledger/licensing';
import type { BrokenAccountEntry } from '@ledger/projections';
import {
  AccountStatusProperty,
  ComplianceFlagListProperty,
  ResourceTypeProperty,
  SkuListProperty,
} from './api-enums';

/*
 * SPEC §3 account view. Each class `implements` the domain's type: a field the domain adds fails
 * `npm run typecheck` here until it is documented, one property in this file.
 */

@ApiSchema({ name: 'BrokenBy' })
export class BrokenBySchema implements NonNullable<AccountView['brokenBy']> {
  @ApiProperty({ description: 'The activity that removed the last phone-capable licence' })
  removedInActivity!: string;
  @ApiProperty({ description: 'The later, separate activity that assigned one (R6)' })
  assignedInActivity!: string;
  @ApiProperty({ description: 'When it broke (ISO-8601 UTC)' }) at!: string;
}

@ApiSchema({ name: 'AccountView' })
export class AccountViewSchema implements AccountView {
  @ApiProperty() accountId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ['user', 'resource'] }) kind!: AccountKind;
  @ResourceTypeProperty({ nullable: true, description: 'Null for user accounts' })
  resourceType!: ResourceType | null;
  @SkuListProperty() licenses!: Sku[];
  @ApiProperty({ type: String, nullable: true, description: 'E.164; null when the account has none' })
  phoneNumber!: string | null;
  @AccountStatusProperty() status!: AccountStatusName;
  @ApiProperty({ description: 'Why the account has this status, in a sentence an administrator can act on' })
  statusReason!: string;
  @ComplianceFlagListProperty('R11/R12 flags under the rulebook in force: UNLICENSED, FULL_LICENCE')
  compliance!: ComplianceFlag[];
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'What to do about the flags, in words (e.g. the swap to make in one activity); null without flags',
  })
  complianceRemedy!: string | null;
  @ApiPropertyOptional({ type: BrokenBySchema, description: 'Present when broken (R6)' })
  brokenBy?: BrokenBySchema;
}

@ApiSchema({ name: 'AccountList' })
export class AccountListSchema {
  @ApiProperty({ type: [AccountViewSchema], description: 'Ordered by account id' })
  accounts!: AccountViewSchema[];
}

/** A row of the broken-accounts report: the account view with its tenant. */
@ApiSchema({ name: 'BrokenAccountEntry' })
export class BrokenAccountEntrySchema extends AccountViewSchema implements BrokenAccountEntry {
  @ApiProperty() tenantId!: string;
}
