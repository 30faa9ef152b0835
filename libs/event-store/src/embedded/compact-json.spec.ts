import Database from 'better-sqlite3';
import * as fc from 'fast-check';
import type { JsonObject } from '../events';
import { COMPACT_JSON_VERSION, CompactJson, isCanonicalBase64Url } from './compact-json';
import { isCanonicalUuid } from './uuid-bytes';
import { Dictionary } from './dictionary';
import { createSchema } from './sqlite-schema';

/** A codec over a fresh store file's dictionary, and a second one over the same file (another connection). */
function givenTwoConnections(): { writer: CompactJson; reader: CompactJson; close: () => void } {
  const db = new Database(':memory:');
  createSchema(db);
  return {
    writer: new CompactJson(new Dictionary(db)),
    reader: new CompactJson(new Dictionary(db)),
    close: () => db.close(),
  };
}

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

describe('compact JSON: an event body stored in the embedded store reads back as JSON would', () => {
  const codec = givenTwoConnections();
  afterAll(() => codec.close());

  it('reads back a ledger event exactly, sealed fields, ids and instants included, in fewer bytes than its JSON', () => {
    const metadata: JsonObject = {
      tenantId: 'contoso',
      activityId: '6c6ee2ad-1431-533e-9ee8-1f0d488ce39b',
      commandId: '15102a78-a671-567f-a98f-4bb1a962f313',
      actor: '2j2QX19Jl-tn8HhvRlRAnUT8xTRS8dEx-yoTFWOD9kc',
      correlationId: 'demo-1-719-0',
      occurredAt: '2025-03-26T03:36:22.407Z',
      schemaVersion: 1,
      sealed: {
        keyId: 'c5deab64-21df-42f5-9aeb-a71702fcb7ed',
        paths: ['data.displayName', 'metadata.actor'],
      },
    };
    const bytes = codec.writer.encode(metadata);
    expect(bytes[0]).toBe(COMPACT_JSON_VERSION);
    expect(codec.reader.decode(bytes)).toEqual(metadata);
    expect(bytes.length).toBeLessThan(JSON.stringify(metadata).length / 2);
  });

  it('keeps text that only looks like a UUID, an instant or base64url as it was written', () => {
    const lookalikes: JsonObject = {
      upperUuid: '6C6EE2AD-1431-533E-9EE8-1F0D488CE39B',
      notAnInstant: '2025-02-30T03:36:22.407Z',
      noMilliseconds: '2025-03-26T03:36:22Z',
      padded: 'YWJjZA==',
      oddBase64: 'PHONE_SYSTEM_VIRTUAL_USER',
      unicode: 'Zoë – 東京 🎧',
      empty: '',
    };
    expect(codec.reader.decode(codec.writer.encode(lookalikes))).toEqual(lookalikes);
  });

  it('drops what JSON drops and writes null where JSON does', () => {
    const value = {
      kept: 1,
      gone: undefined,
      fn: () => 1,
      list: [undefined, Number.NaN, Infinity, -0, 2 ** 60, -(2 ** 53), 0.1],
      at: new Date(Date.UTC(2026, 0, 1)),
    };
    expect(codec.reader.decode(codec.writer.encode(value as unknown as JsonObject))).toEqual(asJson(value));
  });

  it('keeps "__proto__" an own key, as JSON.parse does', () => {
    const value = JSON.parse('{"__proto__":{"polluted":true},"a":1}') as JsonObject;
    const read = codec.reader.decode(codec.writer.encode(value));
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(JSON.stringify(read)).toBe(JSON.stringify(value));
  });

  it('reads back any JSON object as JSON.parse(JSON.stringify(it)) would (property)', () => {
    fc.assert(
      fc.property(
        fc.object({
          maxDepth: 4,
          values: [fc.jsonValue(), fc.uuid(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())],
        }),
        (value) => {
          const read = codec.reader.decode(codec.writer.encode(value as JsonObject));
          expect(JSON.stringify(read)).toBe(JSON.stringify(value));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a body of another format version rather than guess', () => {
    const bytes = codec.writer.encode({ a: 1 });
    bytes[0] = COMPACT_JSON_VERSION + 1;
    expect(() => codec.reader.decode(bytes)).toThrow(/version 2/);
  });
});

describe('compact JSON: which text is stored as bytes', () => {
  const BASE64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  it('takes text as base64url exactly when its bytes encode back to it (property, against a round trip)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 80 }).map((bytes) => Buffer.from(bytes).toString('base64url')),
          fc.string({ unit: fc.constantFrom(...BASE64URL_ALPHABET, '=', '+', '/', ' '), maxLength: 80 }),
        ),
        (text) => {
          const roundTrips =
            /^[A-Za-z0-9_-]+$/.test(text) && Buffer.from(text, 'base64url').toString('base64url') === text;
          expect(isCanonicalBase64Url(text)).toBe(roundTrips);
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('takes text as a UUID exactly when it is 8-4-4-4-12 lowercase hex (property, against the pattern)', () => {
    const CANONICAL = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uuid(),
          fc.uuid().map((uuid) => uuid.toUpperCase()),
          fc.string({ unit: fc.constantFrom(...'0123456789abcdefgABF-'), minLength: 30, maxLength: 40 }),
        ),
        (text) => expect(isCanonicalUuid(text)).toBe(CANONICAL.test(text)),
      ),
      { numRuns: 5_000 },
    );
  });
});
