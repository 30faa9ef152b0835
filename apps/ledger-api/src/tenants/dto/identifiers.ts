import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches } from 'class-validator';
import { SKUS } from '@ledger/licensing';

/** SPEC §3: tenant and account ids. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$/;
/** SPEC §3: E.164, a `+` and 8 to 15 digits. */
export const E164_PATTERN = /^\+[0-9]{8,15}$/;

export const IsLedgerId = (description: string) =>
  applyDecorators(
    ApiProperty({ description, pattern: ID_PATTERN.source, example: 'aa-main' }),
    IsString(),
    Matches(ID_PATTERN, { message: '$property must match ^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$' }),
  );

export const IsSku = (description: string) =>
  applyDecorators(
    ApiProperty({ description, enum: SKUS }),
    IsIn(SKUS, { message: `$property must be one of ${SKUS.join(', ')}` }),
  );
