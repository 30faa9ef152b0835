import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches } from 'class-validator';
import { LEDGER_ID_PATTERN, SKUS } from '@ledger/licensing';

/** SPEC §3: `^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$`, so at most 128 characters. */
export const LEDGER_ID_MAX_LENGTH = 128;

/** `required: false` for a query filter (with `@IsOptional()`), so the document says it may be left out. */
export const IsLedgerId = (description: string, { required = true }: { required?: boolean } = {}) =>
  applyDecorators(
    ApiProperty({ description, pattern: LEDGER_ID_PATTERN.source, example: 'aa-main', required }),
    IsString(),
    Matches(LEDGER_ID_PATTERN, { message: '$property must match ^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$' }),
  );

export const IsSku = (description: string) =>
  applyDecorators(
    ApiProperty({ description, enum: SKUS }),
    IsIn(SKUS, { message: `$property must be one of ${SKUS.join(', ')}` }),
  );
