import { CsvSyntaxError, csvRows, type CsvRow } from './csv-rows';

function rowsOf(text: string): CsvRow[] {
  return [...csvRows(text)];
}

function failureOf(text: string): { line: number; reason: string } {
  try {
    rowsOf(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { line: error.line, reason: error.reason };
    throw error;
  }
  throw new Error('read without a failure');
}

describe('csvRows: RFC 4180 text, row by row', () => {
  it('splits cells on commas and rows on CRLF or LF, each row with the line it starts on', () => {
    expect(rowsOf('a,b,c\r\n1,2,3\n4,,6')).toEqual([
      { cells: ['a', 'b', 'c'], line: 1 },
      { cells: ['1', '2', '3'], line: 2 },
      { cells: ['4', '', '6'], line: 3 },
    ]);
  });

  it('reads a quoted cell as its text: commas and doubled quotes inside it are data', () => {
    expect(rowsOf('"x, y","say ""hi""",""\r\n')).toEqual([{ cells: ['x, y', 'say "hi"', ''], line: 1 }]);
  });

  it('keeps line breaks inside a quoted cell, and counts them for the lines of the next rows', () => {
    expect(rowsOf('"one\r\ntwo","three\nfour"\r\n"next",x\r\n')).toEqual([
      { cells: ['one\r\ntwo', 'three\nfour'], line: 1 },
      { cells: ['next', 'x'], line: 4 },
    ]);
  });

  it('skips a byte order mark and empty lines; a trailing comma is an empty last cell', () => {
    expect(rowsOf('\uFEFF"a","b"\r\n\r\n\nc,\r\n')).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['c', ''], line: 4 },
    ]);
  });

  it('reads nothing from an empty text', () => {
    expect(rowsOf('')).toEqual([]);
    expect(rowsOf('\uFEFF')).toEqual([]);
  });

  it('a quoted cell never closed fails on the line it opens', () => {
    expect(failureOf('a,b\r\n"c,d\r\ne,f\r\n')).toEqual({ line: 2, reason: 'a quoted cell is never closed' });
  });

  it('a character after a closing quote fails on its line', () => {
    expect(failureOf('"a",b\r\n"c"x,d\r\n')).toEqual({
      line: 2,
      reason: 'a character after a closing quote',
    });
  });

  it('a quoted cell whose last quotes are doubled, with no quote after them, closes on the first of them: the second is a stray character on its line', () => {
    expect(failureOf('a\r\n"b\r\nc""')).toEqual({ line: 3, reason: 'a character after a closing quote' });
    expect(failureOf('"x""y""\r\n')).toEqual({ line: 1, reason: 'a character after a closing quote' });
  });

  it('counts the line breaks of every quoted cell of a row, whatever its place in the row', () => {
    expect(rowsOf('"a","b\nc","d\n\ne"\n"f"\r\ng')).toEqual([
      { cells: ['a', 'b\nc', 'd\n\ne'], line: 1 },
      { cells: ['f'], line: 5 },
      { cells: ['g'], line: 6 },
    ]);
  });

  it('a quote inside an unquoted cell fails on its line', () => {
    expect(failureOf('a,b\r\nc"d,e\r\n')).toEqual({ line: 2, reason: 'a quote inside an unquoted cell' });
  });

  it('gives rows as it reads them: the rows before a malformed one come first', () => {
    const rows = csvRows('a\r\nb\r\n"c');
    expect(rows.next().value).toEqual({ cells: ['a'], line: 1 });
    expect(rows.next().value).toEqual({ cells: ['b'], line: 2 });
    expect(() => rows.next()).toThrow(CsvSyntaxError);
  });
});
