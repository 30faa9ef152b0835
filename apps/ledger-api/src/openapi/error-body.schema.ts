import { ApiSchema, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ErrorBody } from '../http/ledger-http-error';

/** SPEC §3: the one shape of every error answer; each operation names the codes it can answer. */
@ApiSchema({ name: 'ErrorBody' })
export class ErrorBodySchema implements ErrorBody {
  @ApiProperty({ description: 'The HTTP status, repeated' }) statusCode!: number;
  @ApiProperty({ description: 'The error code (SPEC §3): which ones, each response says' }) error!: string;
  @ApiProperty({ description: 'What happened, in words' }) message!: string;
  @ApiPropertyOptional({
    description: 'VALIDATION_FAILED: `[{field, problems}]`; a refusal: the facts it rests on',
    oneOf: [
      { type: 'array', items: {} },
      { type: 'object', additionalProperties: true },
    ],
  })
  details?: unknown;
}
