import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
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

/** Far deeper than any request of SPEC §3 (two levels), far shallower than what overflows the stack. */
export const MAX_JSON_DEPTH = 32;

/** Nesting depth of a parsed JSON value, counted without recursion and given up on past `limit`. */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  let level: unknown[] = [value];
  for (let depth = 0; level.length > 0; depth += 1) {
    if (depth > limit) return true;
    const next: unknown[] = [];
    for (const item of level) {
      if (item !== null && typeof item === 'object')
        next.push(...Object.values(item as Record<string, unknown>));
    }
    level = next;
  }
  return false;
}

/**
 * Refuses absurdly nested input before class-transformer and Nest's own walk over it, which
 * recurse and would overflow the stack on a body of `[[[[…]]]]` (a 500 found by the hostile-input
 * tests); then validates as usual.
 */
class LedgerValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (jsonDepthExceeds(value, MAX_JSON_DEPTH)) {
      throw LedgerHttpError.validation(
        `The ${metadata.type} is nested deeper than ${MAX_JSON_DEPTH} levels`,
        [{ field: metadata.type, problems: ['nested too deeply'] }],
      );
    }
    return super.transform(value, metadata) as Promise<unknown>;
  }
}

/**
 * DTO validation at the edge: unknown fields are refused (not silently dropped), and the
 * answer names each field with its problems (SPEC §3 VALIDATION_FAILED details).
 */
export function createValidationPipe(): ValidationPipe {
  return new LedgerValidationPipe({
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
