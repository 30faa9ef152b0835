import { RULEBOOKS, type Rulebook } from '@ledger/licensing';
import { type DemoOptions, MIN_EVENTS_PER_TENANT } from './demo-options';
import { COMPANY_SLUGS } from './names';
import type { Prng } from '@ledger/runtime';

export type TenantSize = 'large' | 'medium' | 'small';

/** One demo tenant before any of its events exist: who it is, how big, and which stories it tells. */
export interface TenantPlan {
  readonly index: number;
  readonly tenantId: string;
  readonly size: TenantSize;
  /** R9: the rulebook its first write adopts. */
  readonly rulebook: Rulebook;
  /** R9: the rulebook a global admin switches it to halfway through its history, if any. */
  readonly switchesTo: Rulebook | null;
  /** The data set's end (epoch ms): terms are drawn around it (R13). */
  readonly until: number;
  /** Its share of the data set, in events. */
  readonly budget: number;
  /** When its first activity happens (epoch ms): tenants join over the period, large ones first. */
  readonly startsAt: number;
  /** How likely a new user gets the E5 suite rather than the Phone System add-on. */
  readonly preferE5: number;
  /** E.164 numbers of this tenant start with it; seven more digits make them unique (14 in all). */
  readonly phonePrefix: string;
  readonly stories: {
    /** Guaranteed split swap (R6): a resource account left broken, never replaced. */
    readonly splitSwap: boolean;
    /** Guaranteed over-allocation: Phone System seats cancelled below the Virtual User seats bought. */
    readonly overAllocate: boolean;
    /** Guaranteed terms (R13): a trial that lapses, a renewal, a term ending just after the data set. */
    readonly terms: boolean;
    /** SPEC §5: the tenant's personal data erased mid-history (names and numbers before it read "[erased]"). */
    readonly erasure: boolean;
  };
}

const MONTH_MS = 30.44 * 24 * 3600 * 1000;

/** A few large tenants, more medium ones, many small ones; each share jittered so no two are alike. */
const SIZE_CLASSES: readonly {
  readonly size: TenantSize;
  readonly share: number;
  readonly weight: number;
}[] = [
  { size: 'large', share: 0.03, weight: 40 },
  { size: 'medium', share: 0.22, weight: 6 },
  { size: 'small', share: 0.75, weight: 1 },
];

function sizeOf(draw: number): (typeof SIZE_CLASSES)[number] {
  let cumulative = 0;
  for (const sizeClass of SIZE_CLASSES) {
    cumulative += sizeClass.share;
    if (draw < cumulative) return sizeClass;
  }
  return SIZE_CLASSES[SIZE_CLASSES.length - 1];
}

export function planTenants(options: DemoOptions, prng: Prng): TenantPlan[] {
  const drafts = Array.from({ length: options.tenants }, (_, index) => {
    const sizeClass = sizeOf(prng.next());
    // Under mixed, the first three tenants take one rulebook each: every data set shows all three.
    const rulebook: Rulebook =
      options.rulebook !== 'mixed' ? options.rulebook : (RULEBOOKS[index] ?? prng.pick(RULEBOOKS));
    return {
      index,
      sizeClass,
      weight: sizeClass.weight * prng.between(0.5, 1.5),
      rulebook,
      switches: prng.chance(0.15),
      slug: prng.pick(COMPANY_SLUGS),
      joinsAtFraction: sizeClass.size === 'large' ? prng.between(0, 0.1) : prng.between(0, 0.6),
      preferE5: prng.between(0.1, 0.6),
      overAllocate: prng.chance(0.03),
      splitSwap: prng.chance(0.05),
    };
  });
  // One tenant of each size at least, when there are tenants enough: the data set always shows the spread.
  SIZE_CLASSES.forEach((sizeClass, at) => {
    if (drafts.length > at && !drafts.some((draft) => draft.sizeClass === sizeClass)) {
      drafts[at].sizeClass = sizeClass;
      drafts[at].weight = sizeClass.weight;
    }
  });

  const totalWeight = drafts.reduce((sum, draft) => sum + draft.weight, 0);
  const budgets = drafts.map((draft) =>
    Math.max(MIN_EVENTS_PER_TENANT, Math.floor((options.events * draft.weight) / totalWeight)),
  );
  let largest = 0;
  for (let at = 1; at < budgets.length; at += 1) if (budgets[at] > budgets[largest]) largest = at;
  // What the rounding left over goes to the largest tenant, so the shares add up to --events.
  budgets[largest] = Math.max(
    MIN_EVENTS_PER_TENANT,
    budgets[largest] + options.events - budgets.reduce((sum, budget) => sum + budget, 0),
  );

  const periodStart = options.until.getTime() - options.months * MONTH_MS;
  const periodLength = options.until.getTime() - periodStart;
  return drafts.map((draft) => ({
    index: draft.index,
    tenantId: `${draft.slug}-${options.seed}-${String(draft.index + 1).padStart(4, '0')}`,
    size: draft.sizeClass.size,
    rulebook: draft.rulebook,
    // Under mixed only (a fixed rulebook stays fixed); the largest tenant always switches, so
    // every mixed data set has a tenant that changed rulebook (R9).
    switchesTo:
      options.rulebook === 'mixed' && (draft.switches || draft.index === largest)
        ? switchedFrom(draft.rulebook)
        : null,
    until: options.until.getTime(),
    budget: budgets[draft.index],
    startsAt: Math.floor(periodStart + draft.joinsAtFraction * periodLength),
    preferE5: draft.preferE5,
    phonePrefix: `+1${String(draft.index).padStart(6, '0')}`,
    // The largest tenant tells both stories, so every data set has a broken account and an over-allocated tenant.
    stories: {
      splitSwap: draft.splitSwap || draft.index === largest,
      overAllocate: draft.overAllocate || draft.index === largest,
      terms: draft.index === largest,
      // Another tenant than the largest when there is one: its names stay readable for the stories above.
      erasure: draft.index === (largest + 1) % drafts.length,
    },
  }));
}

/** R9: where a tenant moves to: towards today's rules, or back to 2020 from them. */
function switchedFrom(rulebook: Rulebook): Rulebook {
  return rulebook === 'current' ? '2020' : 'current';
}
