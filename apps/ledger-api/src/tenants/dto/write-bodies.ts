import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  E164_PATTERN,
  MAX_PURCHASE_QUANTITY,
  RESOURCE_TYPES,
  RULEBOOKS,
  SKUS,
  type AccountKind,
  type ResourceType,
  type Rulebook,
  type Sku,
} from '@ledger/licensing';
import { IsLedgerId, IsSku } from './identifiers';

/** An ISO-8601 instant, date and time (R13 `endsAt`); whether it is in the future is the domain's rule. */
const IsEndsAt = () =>
  IsISO8601({ strict: true, strictSeparator: true }, { message: '$property must be an ISO-8601 instant' });

/** R13: a subscription term. */
export class TermBody {
  @ApiProperty({
    description: 'When the seats stop counting (ISO-8601 instant, in the future)',
    example: '2027-01-01T00:00:00Z',
  })
  @IsEndsAt()
  endsAt!: string;

  @ApiProperty({ description: 'A trial: shown as such, same lifecycle' })
  @IsBoolean()
  trial!: boolean;
}

export class PurchaseLicensesBody {
  @IsSku('SKU to buy')
  sku!: Sku;

  @ApiProperty({ minimum: 1, maximum: MAX_PURCHASE_QUANTITY, example: 10 })
  @IsInt()
  @Min(1)
  @Max(MAX_PURCHASE_QUANTITY)
  quantity!: number;

  @ApiPropertyOptional({ type: TermBody, description: 'R13: a subscription term; none for perpetual seats' })
  // Absent is no term; null or anything but an object is refused (ValidateNested), never ignored.
  @ValidateIf((body: PurchaseLicensesBody) => body.term !== undefined)
  @ValidateNested()
  @Type(() => TermBody)
  term?: TermBody;
}

/** R9: the rulebook a global admin switches the tenant to. */
export class RulebookBody {
  @ApiProperty({ enum: RULEBOOKS })
  @IsIn(RULEBOOKS, { message: `$property must be one of ${RULEBOOKS.join(', ')}` })
  rulebook!: Rulebook;
}

/** R13: the new end of a purchase's term. */
export class RenewalBody {
  @ApiProperty({ description: 'The new end of the term (ISO-8601 instant, in the future)' })
  @IsEndsAt()
  endsAt!: string;
}

export class CreateAccountBody {
  @IsLedgerId('Account id, unique among the tenant’s live accounts')
  accountId!: string;

  @ApiProperty({ minLength: 1, maxLength: 256, example: 'Main auto attendant' })
  @IsString()
  @Length(1, 256)
  displayName!: string;

  @ApiProperty({ enum: ['user', 'resource'] })
  @IsIn(['user', 'resource'])
  kind!: AccountKind;

  @ApiPropertyOptional({
    enum: RESOURCE_TYPES,
    description: 'Required for resource accounts, absent for users',
  })
  @IsOptional()
  @IsIn(RESOURCE_TYPES)
  resourceType?: ResourceType;
}

export class AssignLicenseBody {
  @IsSku('SKU to assign')
  sku!: Sku;
}

export class SwapLicenseBody {
  @IsSku('SKU to remove')
  fromSku!: Sku;

  @IsSku('SKU to assign in the same activity')
  toSku!: Sku;
}

export class LicenseActivityBody {
  @IsLedgerId('Account whose licences change')
  accountId!: string;

  @ApiPropertyOptional({ enum: SKUS, isArray: true, default: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SKUS.length)
  @IsIn(SKUS, { each: true, message: `each value in $property must be one of ${SKUS.join(', ')}` })
  add?: Sku[];

  @ApiPropertyOptional({ enum: SKUS, isArray: true, default: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SKUS.length)
  @IsIn(SKUS, { each: true, message: `each value in $property must be one of ${SKUS.join(', ')}` })
  remove?: Sku[];
}

export class PhoneNumberBody {
  @ApiProperty({ pattern: E164_PATTERN.source, example: '+14255550100' })
  @IsString()
  @Matches(E164_PATTERN, { message: 'phoneNumber must be E.164: a + and 8 to 15 digits' })
  phoneNumber!: string;
}

export class ReplacementBody {
  @IsLedgerId('Id of the new resource account')
  newAccountId!: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 256, description: 'Defaults to the old account’s name' })
  @IsOptional()
  @IsString()
  @Length(1, 256)
  displayName?: string;
}
