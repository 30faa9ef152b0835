import { RULEBOOKS, rulebookOfPolicy, type AllocationPolicy, type Rulebook } from '@ledger/licensing';

/** R9: `mixed`: each tenant adopts one of the rulebooks at random with its first write. */
export type DemoRulebook = Rulebook | 'mixed';
export const DEMO_RULEBOOKS: readonly DemoRulebook[] = [...RULEBOOKS, 'mixed'];

/** The former `--policy`: a policy names a rulebook (R9: seed is 2019, per-ten is 2020). */
export type DemoPolicy = AllocationPolicy | 'mixed';
export const DEMO_POLICIES: readonly DemoPolicy[] = ['seed', 'per-ten', 'mixed'];

export function demoRulebookOfPolicy(policy: DemoPolicy): DemoRulebook {
  return policy === 'mixed' ? 'mixed' : rulebookOfPolicy(policy);
}

export interface DemoOptions {
  readonly tenants: number;
  /** The size of the data set: the generator stops each tenant at the first activity boundary past its share. */
  readonly events: number;
  readonly seed: number;
  readonly rulebook: DemoRulebook;
  /** The data set ends here; every `occurredAt` lies in the `months` before it. */
  readonly until: Date;
  readonly months: number;
  /** At most this many events per append: several consecutive activities of one tenant. */
  readonly batchEvents: number;
}

export const DEMO_DEFAULTS = {
  tenants: 300,
  events: 100_000,
  seed: 1,
  rulebook: 'mixed',
  months: 12,
  batchEvents: 1_000,
} as const satisfies Omit<DemoOptions, 'until'>;

/** Below this a tenant cannot tell its story: purchases, a few accounts, a swap. */
export const MIN_EVENTS_PER_TENANT = 20;
export const MAX_DEMO_TENANTS = 1_000_000;
export const MAX_DEMO_EVENTS = 100_000_000;

/** Why these options cannot make a data set, or null when they can. */
export function demoOptionsProblem(options: Pick<DemoOptions, 'tenants' | 'events'>): string | null {
  if (options.events < options.tenants * MIN_EVENTS_PER_TENANT) {
    return (
      `${options.events} events are too few for ${options.tenants} tenants: ` +
      `give at least ${MIN_EVENTS_PER_TENANT} per tenant (--events ${options.tenants * MIN_EVENTS_PER_TENANT}) or fewer tenants`
    );
  }
  return null;
}
