import { formatError, ImportFormatError, type RecordPlace } from './import-format-error';

/** The records of a JSON export file, each with the line it starts on. */
export interface JsonRecords {
  readonly records: readonly unknown[];
  readonly places: readonly RecordPlace[];
}

const LF = 10;
const CR = 13;
const TAB = 9;
const SPACE = 32;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;

/** The 1-based line of `offset` in `text`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** Whether `prefix` could still be the start of a JSON text: it parses, or it only ends too soon. */
function soundSoFar(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const position = /position (\d+)/.exec(message);
    return /end of JSON input/.test(message) || (position !== null && Number(position[1]) >= prefix.length);
  }
}

/**
 * Where JSON.parse gave up: the shortest prefix that can no longer start a JSON text ends at the
 * offending character (V8's messages do not always carry a position). A binary search: a prefix
 * past the error stays unsound.
 */
function errorOffset(text: string): number {
  let sound = 0;
  let unsound = text.length;
  while (unsound - sound > 1) {
    const middle = Math.floor((sound + unsound) / 2);
    if (soundSoFar(text.slice(0, middle))) sound = middle;
    else unsound = middle;
  }
  return unsound - 1;
}

/**
 * Lines of the elements of the records array: the root array (PowerShell's `ConvertTo-Json`), or
 * the array under the root's `value` key (a Microsoft Graph collection answer). A small scanner
 * over text JSON.parse has already accepted, so it only tracks strings and nesting.
 */
function elementLines(text: string, rootIsArray: boolean): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let arrayDepth = rootIsArray ? 1 : -1;
  let lastKey = '';
  let expectElement = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === LF) {
      line += 1;
      continue;
    }
    if (c === SPACE || c === CR || c === TAB) continue;
    if (expectElement && c !== CLOSE_ARRAY) {
      lines.push(line);
      expectElement = false;
    }
    if (c === QUOTE) {
      // A string holds no line break (JSON.parse accepted it): skip to its closing quote.
      const start = i;
      for (i += 1; i < text.length; i += 1) {
        const inside = text.charCodeAt(i);
        if (inside === BACKSLASH) i += 1;
        else if (inside === QUOTE) break;
      }
      if (depth === 1 && !rootIsArray) lastKey = text.slice(start + 1, i);
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth += 1;
      if (c === OPEN_ARRAY && arrayDepth < 0 && depth === 2 && lastKey === 'value') arrayDepth = 2;
      if (depth === arrayDepth) expectElement = true;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth -= 1;
    } else if (c === COMMA && depth === arrayDepth) {
      expectElement = true;
    }
  }
  return lines;
}

/**
 * Reads a JSON export: broken JSON fails with the line where the parser stopped; a file without a
 * records array fails on line 1.
 */
export function jsonRecordsOf(file: string, text: string): JsonRecords {
  const body = text.replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportFormatError(
      file,
      lineAt(body, errorOffset(body)),
      'JSON',
      `not valid JSON (${message.split('\n')[0]})`,
    );
  }
  const rootIsArray = Array.isArray(parsed);
  const records = rootIsArray
    ? (parsed as unknown[])
    : typeof parsed === 'object' && parsed !== null && Array.isArray((parsed as { value?: unknown }).value)
      ? (parsed as { value: unknown[] }).value
      : null;
  if (records === null) {
    throw formatError({ file, line: 1 }, 'value', 'expected a JSON array, or an object with a "value" array');
  }
  const lines = elementLines(body, rootIsArray);
  return { records, places: records.map((_, index) => ({ file, line: lines[index] ?? 1 })) };
}
