import { stringify, type Stringifier } from 'csv-stringify';
import { E164_PATTERN } from '@ledger/licensing';

/** What a spreadsheet reads as the start of a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * SPEC §6: a free-text cell (a name, an id, an actor) that a spreadsheet would run as a formula is
 * written with a leading `'`, which makes it text; an E.164 number (`+` and digits) is data, and is
 * written as it is. Issue 10 #11: an account named `=HYPERLINK(…)` reached the global admin's
 * broken-accounts CSV as a live formula.
 */
export function spreadsheetSafe(cell: string): string {
  return FORMULA_START.test(cell) && !E164_PATTERN.test(cell) ? `'${cell}` : cell;
}

/**
 * The one CSV writer of the API and the CLI (RFC 4180 by csv-stringify, header row first): every
 * string cell goes through spreadsheetSafe; numbers and booleans keep csv-stringify's own casts.
 */
export function csvStringifier(columns: readonly string[]): Stringifier {
  return stringify({ header: true, columns: [...columns], cast: { string: spreadsheetSafe } });
}
