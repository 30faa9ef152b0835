import { formatError, type RecordPlace } from './import-format-error';

/** Reads the fields of one record of an export, naming the file, line and field of what is wrong. */
export class FieldReader {
  constructor(
    readonly place: RecordPlace,
    private readonly record: unknown,
  ) {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw formatError(place, 'record', 'expected a JSON object');
    }
  }

  private value(field: string): unknown {
    return (this.record as Record<string, unknown>)[field];
  }

  string(field: string): string {
    const value = this.value(field);
    if (typeof value !== 'string' || value.trim() === '')
      throw formatError(this.place, field, 'missing or not a text');
    return value;
  }

  optionalString(field: string): string | null {
    const value = this.value(field);
    if (value === undefined || value === null || value === '') return null;
    if (typeof value !== 'string') throw formatError(this.place, field, 'not a text');
    return value;
  }

  guid(field: string): string {
    const value = this.string(field);
    if (!GUID.test(value)) throw formatError(this.place, field, `"${value}" is not a GUID`);
    return value.toLowerCase();
  }

  optionalGuid(field: string): string | null {
    const value = this.optionalString(field);
    if (value === null) return null;
    if (!GUID.test(value)) throw formatError(this.place, field, `"${value}" is not a GUID`);
    return value.toLowerCase();
  }

  count(field: string): number {
    const value = this.value(field);
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      throw formatError(this.place, field, 'missing or not a whole number ≥ 0');
    }
    return value;
  }

  array(field: string): unknown[] {
    const value = this.value(field);
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw formatError(this.place, field, 'not a list');
    return value;
  }

  object(field: string): FieldReader {
    const value = this.value(field);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw formatError(this.place, field, 'missing or not an object');
    }
    return new FieldReader(this.place, value);
  }

  /** A nested record (an element of a list field), read at the same place. */
  nested(field: string, value: unknown): FieldReader {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw formatError(this.place, field, 'expected a JSON object');
    }
    return new FieldReader(this.place, value);
  }
}

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
