/**
 * Formats of what comes in from outside (SPEC §3). The HTTP edge validates them first; the
 * domain checks again so that no caller can record an event the contract forbids.
 */

/** Tenant and account ids. */
export const LEDGER_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$/;
/** E.164: a `+` and 8 to 15 digits. */
export const E164_PATTERN = /^\+[0-9]{8,15}$/;
export const MAX_PURCHASE_QUANTITY = 1_000_000;

export function isLedgerId(value: unknown): value is string {
  return typeof value === 'string' && LEDGER_ID_PATTERN.test(value);
}

export function isE164PhoneNumber(value: unknown): value is string {
  return typeof value === 'string' && E164_PATTERN.test(value);
}

export function isPurchaseQuantity(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_PURCHASE_QUANTITY;
}

/** A display name an administrator can read: not blank. */
export function isDisplayName(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
