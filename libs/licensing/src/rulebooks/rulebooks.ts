import { allocationFor, type AllocationPolicy } from '../purchases/allocation-policy';
import { countsForAllocation, SKUS, type Sku } from '../catalogue/skus';
import type { Rulebook } from './rulebook-names';

/**
 * R9: what each rulebook decides. A rule that depends on the rulebook asks this table, never
 * the rulebook's name.
 */
export interface RulebookRules {
  readonly rulebook: Rulebook;
  /** The allocation formula of SPEC §1 it uses: `seed` (2019) or `per-ten`. */
  readonly policy: AllocationPolicy;
  /** Beyond the free allocation, Resource Account seats are refused (R3) or sold at a cost (R10). */
  readonly beyondAllocation: 'refused' | 'paid';
  /** R11: every resource account needs a phone-capable licence, number or not. */
  readonly everyResourceAccountLicensed: boolean;
  /** R12: a full licence (PHONE_SYSTEM, E5) on a resource account is flagged and warned about. */
  readonly flagsFullLicense: boolean;
}

export const RULEBOOK_RULES: Readonly<Record<Rulebook, RulebookRules>> = {
  // SPEC §1 as written.
  '2019': {
    rulebook: '2019',
    policy: 'seed',
    beyondAllocation: 'refused',
    everyResourceAccountLicensed: false,
    flagsFullLicense: false,
  },
  // The vendor's later published allocation, otherwise as 2019.
  '2020': {
    rulebook: '2020',
    policy: 'per-ten',
    beyondAllocation: 'refused',
    everyResourceAccountLicensed: false,
    flagsFullLicense: false,
  },
  // Today's page: R10–R12.
  current: {
    rulebook: 'current',
    policy: 'per-ten',
    beyondAllocation: 'paid',
    everyResourceAccountLicensed: true,
    flagsFullLicense: true,
  },
};

/**
 * The rules for a tenant that never adopted a rulebook: SPEC §1's, the ledger's rules before R9.
 * Only a command without `defaultRulebook`, or a log with no purchase written before R9, leaves
 * a tenant without one.
 */
export const RULEBOOK_WHEN_NONE_ADOPTED: Rulebook = '2019';

/** R9: the old policy setting names a rulebook: `seed` is 2019, `per-ten` is 2020. */
export function rulebookOfPolicy(policy: AllocationPolicy): Rulebook {
  return policy === 'seed' ? '2019' : '2020';
}

/** SPEC §6: the quota view's `policy`, derived from the rulebook. */
export function policyOfRulebook(rulebook: Rulebook): AllocationPolicy {
  return RULEBOOK_RULES[rulebook].policy;
}

/** R2/R9: the free allocation A(N) under `rulebook`. */
export function allocationUnder(rulebook: Rulebook, qualifyingSeats: number): number {
  return allocationFor(RULEBOOK_RULES[rulebook].policy, qualifyingSeats);
}

/** R9: the SKUs whose purchased seats count for N under `rulebook`. */
export function qualifyingSkusOf(rulebook: Rulebook): readonly Sku[] {
  return SKUS.filter((sku) => countsForAllocation(sku, rulebook));
}
