import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';
import { ReportErrors } from './error-responses';

/**
 * SPEC §3 reports: the JSON body, or with `format=csv` the same rows streamed as CSV; and their
 * errors (a cross-tenant report's by default; a tenant's report passes its own).
 */
export const ReportAnswered = (json: Type<unknown>, errors: MethodDecorator = ReportErrors()) =>
  applyDecorators(
    ApiExtraModels(json),
    ApiOkResponse({
      description: 'JSON, or with `format=csv` the same rows as CSV (a header row first)',
      content: {
        'application/json': { schema: { $ref: getSchemaPath(json) } },
        'text/csv': { schema: { type: 'string' } },
      },
    }),
    errors,
  );
