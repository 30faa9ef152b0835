/** The narrowest a column is squeezed to when the table is wider than the terminal. */
const MIN_COLUMN = 6;

/** Column widths that fit `maxWidth`: the widest column gives up a character until the line fits. */
function fitted(widths: number[], maxWidth: number | undefined): number[] {
  if (maxWidth === undefined) return widths;
  const fit = [...widths];
  const total = () => fit.reduce((sum, width) => sum + width, 0) + 2 * (fit.length - 1);
  while (total() > maxWidth) {
    const widest = fit.indexOf(Math.max(...fit));
    if (fit[widest]! <= MIN_COLUMN) break;
    fit[widest] = fit[widest]! - 1;
  }
  return fit;
}

/** A cell cut to `width`, its last character an ellipsis when anything was cut. */
function cut(cell: string, width: number): string {
  return cell.length <= width ? cell : `${cell.slice(0, Math.max(0, width - 1))}…`;
}

/**
 * Rows as an aligned text table under `headers`, two spaces between columns; the columns listed in
 * `rightAligned` (numbers) are padded on the left. With `maxWidth` (the terminal's columns) the
 * widest columns are narrowed until a line fits, their long cells cut with an ellipsis: a table is
 * for reading; JSON and CSV carry every character.
 */
export function textTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: ReadonlySet<number> = new Set(),
  maxWidth?: number,
): string {
  // A loop, not Math.max(...cells): an import prints a row per activity, more than a call takes arguments.
  const widest = headers.map((header) => header.length);
  for (const row of rows) {
    for (let column = 0; column < widest.length; column += 1) {
      const length = (row[column] ?? '').length;
      if (length > widest[column]!) widest[column] = length;
    }
  }
  const widths = fitted(widest, maxWidth);
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => {
        const text = cut(cell, widths[column]!);
        return rightAligned.has(column) ? text.padStart(widths[column]!) : text.padEnd(widths[column]!);
      })
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n') + '\n';
}
