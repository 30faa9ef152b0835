import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { LedgerHttpError } from './ledger-http-error';

export interface FieldProblem {
  readonly field: string;
  readonly problems: readonly string[];
}

function flatten(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent === '' ? error.property : `${parent}.${error.property}`;
    const own =
      error.constraints === undefined ? [] : [{ field, problems: Object.values(error.constraints) }];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * DTO validation at the edge: unknown fields are refused (not silently dropped), and the
 * answer names each field with its problems (SPEC §3 VALIDATION_FAILED details).
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      const summary = details.map((detail) => `${detail.field}: ${detail.problems.join(', ')}`).join('; ');
      return LedgerHttpError.validation(summary === '' ? 'Invalid request' : summary, details);
    },
  });
}
