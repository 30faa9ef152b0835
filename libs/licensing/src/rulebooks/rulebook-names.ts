/**
 * R9: the rulebooks a tenant can be governed by. Names only, so the catalogue can say which
 * rulebooks count a SKU without importing the rules themselves (rulebooks.ts holds those).
 */
export const RULEBOOKS = ['2019', '2020', 'current'] as const;
export type Rulebook = (typeof RULEBOOKS)[number];

/** R9: what `LEDGER_RULEBOOK` defaults to: the vendor's rules of today. */
export const DEFAULT_RULEBOOK: Rulebook = 'current';

export function isRulebook(value: unknown): value is Rulebook {
  return typeof value === 'string' && (RULEBOOKS as readonly string[]).includes(value);
}
