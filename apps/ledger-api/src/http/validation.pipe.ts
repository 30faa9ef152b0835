import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
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

/** The one VALIDATION_FAILED answer of the pipe, whichever check found the problems. */
function validationFailure(details: readonly FieldProblem[]): LedgerHttpError {
  const summary = details.map((detail) => `${detail.field}: ${detail.problems.join(', ')}`).join('; ');
  return LedgerHttpError.validation(summary === '' ? 'Invalid request' : summary, details);
}

const declaredFieldsCache = new WeakMap<object, ReadonlySet<string>>();

/** The fields a DTO class declares through its validation decorators, inherited ones included. */
function declaredFieldsOf(dto: abstract new (...args: never[]) => unknown): ReadonlySet<string> {
  let fields = declaredFieldsCache.get(dto);
  if (fields === undefined) {
    const metadata = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
    fields = new Set(metadata.map((entry) => entry.propertyName));
    declaredFieldsCache.set(dto, fields);
  }
  return fields;
}

/**
 * SPEC §6 "unknown body fields are 400 whatever their name". The input's OWN keys are compared
 * with a Set of declared names: class-transformer copies a key only when a property lookup on the
 * new instance finds no function, so `toString`, `constructor`, `valueOf`… (inherited from
 * Object.prototype) were dropped before class-validator's whitelist could see them — accepted,
 * not refused (issue 10 #14).
 */
export function unknownFieldsOf(
  value: unknown,
  dto: abstract new (...args: never[]) => unknown,
): readonly string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const declared = declaredFieldsOf(dto);
  if (declared.size === 0) return [];
  return Object.keys(value).filter((key) => !declared.has(key));
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
 * tests); refuses unknown fields by their own keys (see unknownFieldsOf); then validates as usual.
 */
class LedgerValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (jsonDepthExceeds(value, MAX_JSON_DEPTH)) {
      throw LedgerHttpError.validation(
        `The ${metadata.type} is nested deeper than ${MAX_JSON_DEPTH} levels`,
        [{ field: metadata.type, problems: ['nested too deeply'] }],
      );
    }
    const unknown = metadata.metatype === undefined ? [] : unknownFieldsOf(value, metadata.metatype);
    if (unknown.length > 0) {
      throw validationFailure(
        unknown.map((field) => ({ field, problems: [`property ${field} should not exist`] })),
      );
    }
    return super.transform(value, metadata) as Promise<unknown>;
  }
}

/**
 * DTO validation at the edge: unknown fields are refused (not silently dropped), and the
 * answer names each field with its problems (SPEC §3 VALIDATION_FAILED details). The
 * whitelist options stay as a second line for what unknownFieldsOf does not walk (nested values).
 */
export function createValidationPipe(): ValidationPipe {
  return new LedgerValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => validationFailure(flatten(errors)),
  });
}
