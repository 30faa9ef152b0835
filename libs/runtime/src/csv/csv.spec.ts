import { parse } from 'csv-parse/sync';
import { csvStringifier, spreadsheetSafe } from './csv';

async function csvOf(columns: readonly string[], rows: readonly Record<string, unknown>[]): Promise<string> {
  const stringifier = csvStringifier(columns);
  for (const row of rows) stringifier.write(row);
  stringifier.end();
  let text = '';
  for await (const chunk of stringifier) text += String(chunk);
  return text;
}

describe('CSV cells a spreadsheet would run as a formula (SPEC §6)', () => {
  it.each(['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\r=1'])(
    '%j is prefixed with a quote',
    (cell) => {
      expect(spreadsheetSafe(cell)).toBe(`'${cell}`);
    },
  );

  it.each(['+14255550100', '+4930123456', '+123456789012345'])(
    'the E.164 number %s is written as it is',
    (cell) => {
      expect(spreadsheetSafe(cell)).toBe(cell);
    },
  );

  it.each(['+1234567', '+1 425 555 0100', '+14255550100=1', '+1234567890123456'])(
    '%j is not an E.164 number, so it is prefixed',
    (cell) => {
      expect(spreadsheetSafe(cell)).toBe(`'${cell}`);
    },
  );

  it.each(['Main auto attendant', 'aa-main', 'a=b', "'quoted", '', '2026-01-01T00:00:00.000Z'])(
    '%j is written as it is',
    (cell) => {
      expect(spreadsheetSafe(cell)).toBe(cell);
    },
  );

  it('the writer escapes string cells only: numbers and booleans keep their casts, and the CSV parses back', async () => {
    const text = await csvOf(
      ['name', 'phone', 'count', 'flag'],
      [
        { name: '=1+1', phone: '+14255550100', count: -3, flag: true },
        { name: 'plain, with "quotes"', phone: '', count: 0, flag: false },
      ],
    );
    expect(parse(text, { columns: true })).toEqual([
      { name: "'=1+1", phone: '+14255550100', count: '-3', flag: '1' },
      { name: 'plain, with "quotes"', phone: '', count: '0', flag: '' },
    ]);
  });
});
