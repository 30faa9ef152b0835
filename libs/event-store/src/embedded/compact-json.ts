import type { JsonObject, JsonValue } from '../events';
import type { Dictionary } from './dictionary';
import { isCanonicalUuid, readUuid, UUID_BYTES, writeUuid } from './uuid-bytes';

/**
 * How the embedded store holds an event's data and metadata: a compact binary form of the same
 * JSON, read back to a value equal to `JSON.parse(JSON.stringify(value))`. What it saves, measured
 * on the demo ledger (bench `storage`): the keys of every object (an object refers to its shape, the
 * list of its keys, in the store's dictionary), UUIDs as 16 bytes, ISO-8601 instants as a number of
 * milliseconds, base64url text (the sealed personal fields) as its bytes.
 *
 * The first byte is the format's version, so a later format can be told from this one.
 */
export const COMPACT_JSON_VERSION = 1;

const enum Tag {
  Null = 0,
  False = 1,
  True = 2,
  Integer = 3,
  Float = 4,
  Text = 5,
  Uuid = 6,
  Instant = 7,
  Base64Url = 8,
  Array = 9,
  Object = 10,
}

/** Text that `Date#toISOString` writes; converted only when it reads back identical. */
const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
/** Integers below this magnitude are zigzag varints; their zigzag value stays an exact double. */
const MAX_VARINT_INTEGER = 2 ** 52;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** The value of a base64url character. */
function base64UrlValue(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61 + 26;
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 52;
  return code === 0x2d ? 62 : 63;
}

/**
 * Unpadded base64url that its bytes encode back to exactly (the sealed fields are): a length that
 * is not one more than a multiple of 4, and no bits set in the last character beyond the last byte.
 * Decided from the text, not by encoding the bytes again to compare (which was most of the cost of
 * every sealed field appended, issue 15).
 */
export function isCanonicalBase64Url(text: string): boolean {
  const rest = text.length % 4;
  if (rest === 1 || !BASE64URL.test(text)) return false;
  const last = base64UrlValue(text.charCodeAt(text.length - 1));
  if (rest === 2) return (last & 0x0f) === 0;
  if (rest === 3) return (last & 0x03) === 0;
  return true;
}
/** Shorter base64url-looking text (most ids, SKU names) is kept as text: the check would cost more than it saves. */
const MIN_BASE64URL_LENGTH = 20;

export class CompactJson {
  private buffer = Buffer.allocUnsafe(64 * 1024);
  private at = 0;
  /** Shape ids by their keys joined, once the dictionary holds them for good. */
  private readonly shapes = new Map<string, number>();

  constructor(private readonly dictionary: Dictionary) {}

  encode(value: JsonObject): Buffer {
    this.at = 0;
    this.byte(COMPACT_JSON_VERSION);
    this.value(value);
    return Buffer.from(this.buffer.subarray(0, this.at));
  }

  decode(bytes: Buffer): JsonObject {
    if (bytes[0] !== COMPACT_JSON_VERSION) {
      throw new Error(
        `event body in compact JSON version ${bytes[0]}; this build reads ${COMPACT_JSON_VERSION}`,
      );
    }
    const reader = new Reader(bytes, this.dictionary);
    return reader.value() as JsonObject;
  }

  private value(value: unknown): void {
    // The same values JSON.stringify writes, and nothing it would drop: toJSON first (a Date),
    // non-finite numbers as null.
    const json = hasToJson(value) ? value.toJSON() : value;
    switch (typeof json) {
      case 'string':
        return this.text(json);
      case 'number':
        if (Number.isInteger(json) && Math.abs(json) < MAX_VARINT_INTEGER) {
          this.byte(Tag.Integer);
          return this.varint(json < 0 ? -2 * json - 1 : 2 * json);
        }
        if (!Number.isFinite(json)) return this.byte(Tag.Null);
        this.room(9);
        this.buffer[this.at++] = Tag.Float;
        this.at = this.buffer.writeDoubleLE(json, this.at);
        return;
      case 'boolean':
        return this.byte(json ? Tag.True : Tag.False);
      case 'object':
        if (json === null) return this.byte(Tag.Null);
        if (Array.isArray(json)) {
          this.byte(Tag.Array);
          this.varint(json.length);
          for (const item of json as unknown[]) {
            if (item === undefined || typeof item === 'function' || typeof item === 'symbol')
              this.byte(Tag.Null);
            else this.value(item);
          }
          return;
        }
        return this.object(json as Record<string, unknown>);
      case 'bigint':
        throw new TypeError('Do not know how to serialize a BigInt');
      default:
        // undefined, a function or a symbol at the top: JSON has no value for it.
        return this.byte(Tag.Null);
    }
  }

  private object(object: Record<string, unknown>): void {
    const keys: string[] = [];
    let signature = '';
    for (const key of Object.keys(object)) {
      const field = object[key];
      if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
      keys.push(key);
      signature += `${key}\u0000`;
    }
    // The shape's id by its keys, without serialising them again for every object.
    let shape = this.shapes.get(signature);
    if (shape === undefined) {
      shape = this.dictionary.idOf(JSON.stringify(keys));
      if (!this.dictionary.isPending(JSON.stringify(keys))) this.shapes.set(signature, shape);
    }
    this.byte(Tag.Object);
    this.varint(shape);
    for (const key of keys) this.value(object[key]);
  }

  private text(text: string): void {
    if (text.length === 36 && isCanonicalUuid(text)) {
      this.room(1 + UUID_BYTES);
      this.buffer[this.at++] = Tag.Uuid;
      writeUuid(text, this.buffer, this.at);
      this.at += UUID_BYTES;
      return;
    }
    if (text.length === 24 && ISO_INSTANT.test(text)) {
      const ms = Date.parse(text);
      if (Math.abs(ms) < MAX_VARINT_INTEGER && new Date(ms).toISOString() === text) {
        this.byte(Tag.Instant);
        return this.varint(ms < 0 ? -2 * ms - 1 : 2 * ms);
      }
    }
    if (text.length >= MIN_BASE64URL_LENGTH && isCanonicalBase64Url(text)) {
      const length = Math.floor((text.length * 3) / 4);
      this.byte(Tag.Base64Url);
      this.varint(length);
      this.room(length);
      this.at += this.buffer.write(text, this.at, length, 'base64url');
      return;
    }
    if (text.length < 0x80 && this.ascii(text)) return;
    const length = Buffer.byteLength(text, 'utf8');
    this.byte(Tag.Text);
    this.varint(length);
    this.room(length);
    this.at += this.buffer.write(text, this.at, length, 'utf8');
  }

  /** Short ASCII text written byte by byte (most ids and names): false, with nothing written, otherwise. */
  private ascii(text: string): boolean {
    this.room(2 + text.length);
    const start = this.at;
    this.buffer[start] = Tag.Text;
    this.buffer[start + 1] = text.length;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) return false;
      this.buffer[start + 2 + i] = code;
    }
    this.at = start + 2 + text.length;
    return true;
  }

  private byte(value: number): void {
    this.room(1);
    this.buffer[this.at++] = value;
  }

  /** An unsigned integer up to 2^53, 7 bits a byte (arithmetic, not bit operators: those are 32-bit). */
  private varint(value: number): void {
    this.room(8);
    let rest = value;
    while (rest >= 0x80) {
      this.buffer[this.at++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.buffer[this.at++] = rest;
  }

  private room(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.at + bytes));
    this.buffer.copy(grown, 0, 0, this.at);
    this.buffer = grown;
  }
}

class Reader {
  private at = 1;

  constructor(
    private readonly bytes: Buffer,
    private readonly dictionary: Dictionary,
  ) {}

  value(): JsonValue {
    const tag = this.bytes[this.at++];
    switch (tag) {
      case Tag.Null:
        return null;
      case Tag.False:
        return false;
      case Tag.True:
        return true;
      case Tag.Integer:
        return unzigzag(this.varint());
      case Tag.Float: {
        const float = this.bytes.readDoubleLE(this.at);
        this.at += 8;
        return float;
      }
      case Tag.Text: {
        const length = this.varint();
        const text = this.bytes.toString('utf8', this.at, this.at + length);
        this.at += length;
        return text;
      }
      case Tag.Uuid: {
        const uuid = readUuid(this.bytes, this.at);
        this.at += UUID_BYTES;
        return uuid;
      }
      case Tag.Instant:
        return new Date(unzigzag(this.varint())).toISOString();
      case Tag.Base64Url: {
        const length = this.varint();
        const text = this.bytes.toString('base64url', this.at, this.at + length);
        this.at += length;
        return text;
      }
      case Tag.Array: {
        const length = this.varint();
        const items: JsonValue[] = new Array<JsonValue>(length);
        for (let i = 0; i < length; i += 1) items[i] = this.value();
        return items;
      }
      case Tag.Object:
        return this.object();
      default:
        throw new Error(`unknown tag ${tag} at byte ${this.at - 1} of a compact JSON body`);
    }
  }

  private object(): JsonObject {
    const keys = this.dictionary.keysOf(this.varint());
    const object: Record<string, JsonValue> = {};
    for (const key of keys) {
      const field = this.value();
      // As JSON.parse does: "__proto__" is an own property, never the prototype.
      if (key === '__proto__')
        Object.defineProperty(object, key, {
          value: field,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else object[key] = field;
    }
    return object;
  }

  private varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.bytes[this.at++];
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }
}

function unzigzag(value: number): number {
  return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
}

function hasToJson(value: unknown): value is { toJSON: () => unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  );
}
