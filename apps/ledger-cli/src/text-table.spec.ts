import { textTable } from './text-table';

describe('textTable', () => {
  it('aligns each column to its widest cell, two spaces between columns', () => {
    expect(
      textTable(
        ['ID', 'NAME'],
        [
          ['a-1', 'x'],
          ['b', 'longer name'],
        ],
      ),
    ).toBe('ID   NAME\na-1  x\nb    longer name\n');
  });

  it('prints a row per activity of a large import: more rows than a function call takes arguments', () => {
    const rows = Array.from({ length: 200_000 }, (_, index) => [String(index), 'recorded']);
    const lines = textTable(['N', 'OUTCOME'], rows).split('\n');
    expect(lines).toHaveLength(200_002);
    expect(lines[200_000]).toBe('199999  recorded');
  });
});
