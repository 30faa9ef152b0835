import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';
import { ReportErrors } from './error-responses';

/** SPEC §3 reports: the JSON body, or with `format=csv` the same rows streamed as CSV; and their errors. */
export const ReportAnswered = (json: Type<unknown>) =>
  applyDecorators(
    ApiExtraModels(json),
    ApiOkResponse({
      description: 'JSON, or with `format=csv` the same rows as CSV (a header row first)',
      content: {
        'application/json': { schema: { $ref: getSchemaPath(json) } },
        'text/csv': { schema: { type: 'string' } },
      },
    }),
    ReportErrors(),
  );
