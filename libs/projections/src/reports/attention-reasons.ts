import {
  complianceFlagRemedy,
  expiringAt,
  EXPIRING_WITHIN_DAYS,
  qualifyingSkusOf,
  RULEBOOK_RULES,
  RULEBOOK_WHEN_NONE_ADOPTED,
  SKU_CATALOG,
  VIRTUAL_USER_SKU,
  type ComplianceFlag,
} from '@ledger/licensing';
import type { TenantQuotaRow } from '../tenant-views/tenant-views-reads';

/** SPEC §6 attention codes: why a tenant needs action. */
export const ATTENTION_CODES = [
  'BROKEN_ACCOUNTS',
  'OVER_ALLOCATED',
  'SHORTFALL',
  'UNLICENSED',
  'FULL_LICENCE',
  'TERMS_ENDING',
  'ALLOCATION_NEARLY_USED',
] as const;
export type AttentionCode = (typeof ATTENTION_CODES)[number];

/**
 * How urgent, worst first: `critical` — something is wrong now (an account may not work, seats are
 * used that are not held); `warning` — accounts break today's rules (R11/R12); `notice` — something
 * will need action soon (a term ends, the free allocation runs out).
 */
export const ATTENTION_SEVERITIES = ['critical', 'warning', 'notice'] as const;
export type AttentionSeverity = (typeof ATTENTION_SEVERITIES)[number];

export const SEVERITY_OF: Readonly<Record<AttentionCode, AttentionSeverity>> = {
  BROKEN_ACCOUNTS: 'critical',
  OVER_ALLOCATED: 'critical',
  SHORTFALL: 'critical',
  UNLICENSED: 'warning',
  FULL_LICENCE: 'warning',
  TERMS_ENDING: 'notice',
  ALLOCATION_NEARLY_USED: 'notice',
};

/** ALLOCATION_NEARLY_USED: free seats held reach this share of the free allocation (held, not assigned: holding is what the allocation caps, R3/R10). */
export const NEARLY_USED_PERCENT = 90;

/** Accounts or terms named in a message before "and n more". */
const NAMED_AT_MOST = 10;

/** SPEC §6 attention reason. */
export interface AttentionReason {
  readonly code: AttentionCode;
  readonly severity: AttentionSeverity;
  /** How many accounts, seats or terms it concerns (the tie-breaker of the ordering). */
  readonly count: number;
  /** What is wrong, in plain words with the numbers. */
  readonly message: string;
  /** What to do about it. */
  readonly remedy: string;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function listed(items: readonly string[]): string {
  const named = items.slice(0, NAMED_AT_MOST).join(', ');
  return items.length > NAMED_AT_MOST ? `${named} and ${items.length - NAMED_AT_MOST} more` : named;
}

/** `2026-12-01T09:30:00.000Z` → `2026-12-01 09:30 UTC`. */
const whenOf = (instant: string) => `${instant.slice(0, 10)} ${instant.slice(11, 16)} UTC`;

/**
 * Why one tenant needs action, from its projected views: its quota row (with its compliance counts)
 * and the ids of its broken accounts; `now` (ISO-8601) is what "terms ending within 30 days" is
 * judged from. Worst first; empty when it needs none.
 */
export function attentionReasonsOf(
  { tenantId, quota, compliance }: TenantQuotaRow,
  brokenAccountIds: readonly string[],
  now: string,
): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  const add = (code: AttentionCode, count: number, message: string, remedy: string) =>
    reasons.push({ code, severity: SEVERITY_OF[code], count, message, remedy });
  const tenantPath = `/v1/tenants/${tenantId}`;
  const rulebook = quota.rulebook ?? RULEBOOK_WHEN_NONE_ADOPTED;
  const qualifying = qualifyingSkusOf(rulebook).join(', ');
  const { free } = quota.virtualUser;

  // R6
  if (brokenAccountIds.length > 0) {
    const n = brokenAccountIds.length;
    add(
      'BROKEN_ACCOUNTS',
      n,
      `${plural(n, 'resource account')} ${n === 1 ? 'is' : 'are'} broken by a split swap (R6): ${listed(brokenAccountIds)}.`,
      'Replace each with a new resource account holding PHONE_SYSTEM_VIRTUAL_USER, which takes over its phone ' +
        `number and deletes the broken one, in one command: POST ${tenantPath}/accounts/{accountId}/replacement ` +
        '{"newAccountId": "…"} (R6).',
    );
  }
  // R10: the allocation shrank below the free seats held.
  if (quota.overAllocatedBy > 0) {
    add(
      'OVER_ALLOCATED',
      quota.overAllocatedBy,
      `${plural(free.held, 'free Resource Account seat')} held against a free allocation of ${free.allocation}: ` +
        `${quota.overAllocatedBy} beyond it (R10).`,
      `Raise the allocation by buying seats that count for it (${qualifying}), or cancel ` +
        `${plural(quota.overAllocatedBy, 'unassigned free Resource Account seat')}.`,
    );
  }
  // R13: assignments beyond the seats held, after an expiry or a cancellation.
  if (quota.shortfalls.length > 0) {
    const missing = quota.shortfalls.map(({ sku, assigned, held }) => ({
      sku,
      assigned,
      held,
      short: assigned - held,
    }));
    add(
      'SHORTFALL',
      missing.reduce((sum, { short }) => sum + short, 0),
      'More seats are assigned than held (R13, after an expiry or a cancellation): ' +
        `${missing.map(({ sku, assigned, held }) => `${sku} ${assigned} assigned, ${held} held`).join('; ')}.`,
      `Buy or renew the missing seats (${missing.map(({ sku, short }) => `${sku}: ${short}`).join(', ')}), ` +
        'or remove the licence from as many accounts.',
    );
  }
  // R11/R12
  const flagged = (flag: ComplianceFlag, code: AttentionCode, what: string, rule: string) => {
    const n = compliance[flag];
    if (n === 0) return;
    add(
      code,
      n,
      `${plural(n, 'resource account')} ${what} (${rule}); ` +
        `they are listed by GET ${tenantPath}/accounts?compliance=${flag}.`,
      complianceFlagRemedy(flag),
    );
  };
  flagged('UNLICENSED', 'UNLICENSED', 'without a phone-capable licence', 'R11');
  flagged('FULL_LICENCE', 'FULL_LICENCE', 'holding a full licence', 'R12');
  // R13
  const ending = expiringAt(quota.expiring, now);
  if (ending.length > 0) {
    // A term already ended awaits its SubscriptionExpired (the service was down, or the log is read offline).
    const terms = ending.map(
      ({ quantity, sku, endsAt, trial }) =>
        `${plural(quantity, `${sku} seat`)} on ${whenOf(endsAt)}${trial ? ' (trial)' : ''}` +
        `${endsAt <= now ? ' (ended)' : ''}`,
    );
    add(
      'TERMS_ENDING',
      ending.length,
      `${plural(ending.length, 'subscription term')} end${ending.length === 1 ? 's' : ''} within ` +
        `${EXPIRING_WITHIN_DAYS} days: ${listed(terms)}.`,
      `Renew each before it ends: POST ${tenantPath}/purchases/{purchaseId}/renewal {"endsAt": "…"} (R13); ` +
        'when a term ends its seats stop counting.',
    );
  }
  // R2/R3/R10: over-allocated already says more.
  if (
    free.allocation > 0 &&
    quota.overAllocatedBy === 0 &&
    free.held * 100 >= free.allocation * NEARLY_USED_PERCENT
  ) {
    const rules = RULEBOOK_RULES[rulebook];
    const beyond =
      rules.beyondAllocation === 'refused'
        ? 'Beyond it Resource Account seats are refused (R3)'
        : `Beyond it Resource Account seats cost ${SKU_CATALOG[VIRTUAL_USER_SKU].listPriceUsd} USD a month each (R10)`;
    add(
      'ALLOCATION_NEARLY_USED',
      free.held,
      `${free.held} of the ${free.allocation} free Resource Account seats are held ` +
        `(${Math.floor((free.held * 100) / free.allocation)} %); ${free.available} left (R2).`,
      `${beyond}: buy seats that count for the allocation (${qualifying}) to raise it.`,
    );
  }
  return reasons;
}
