import {
  evolve,
  initialTenantState,
  MAX_PURCHASE_QUANTITY,
  phoneCapableLicenseOf,
  quotaOf,
  SKU_CATALOG,
  countsForAllocation,
  rulebookInForce,
  rulesInForce,
  VIRTUAL_USER_SKU,
  type AccountState,
  type LedgerCommand,
  type LedgerEvent,
  type PurchaseLicenses,
  type ResourceType,
  type Sku,
  type TenantState,
  type Term,
} from '@ledger/licensing';
import { IdPool } from './id-pool';
import { AUTO_ATTENDANT_NAMES, CALL_QUEUE_NAMES, capitalised, FIRST_NAMES, LAST_NAMES } from './names';
import type { Prng } from '@ledger/runtime';
import type { TenantPlan } from './tenant-plans';

/** What an administrator does next; null when it makes no sense in the current state (pick another). */
type Step = () => LedgerCommand | null;

interface DelayedStep {
  readonly dueAfterActivity: number;
  readonly step: Step;
  /** Part of a guaranteed story: the tenant is not finished until it ran. */
  readonly forced: boolean;
}

interface WeightedAction {
  readonly weight: number;
  readonly step: Step;
}

/**
 * One tenant's administrator, as a generator of licence activities. It only proposes commands:
 * the writer runs each through the domain's `decide` and hands the accepted events back to
 * `record`, so every event is one `decide` produced. The script keeps its own indexes of
 * accounts (by kind and status) to pick from, rebuilt from the domain state of each account an
 * activity touched.
 */
export class TenantScript {
  private current: TenantState = initialTenantState();
  private recordedEvents = 0;
  private recordedActivities = 0;
  private accountSeq = 0;
  private purchaseSeq = 0;
  private phoneSeq = 0;
  /** No more Phone System or E5 purchases: the over-allocation story has cancelled seats for good. */
  private phoneSystemFrozen = false;
  private splitSwapTold = false;
  private overAllocationTold = false;
  private erasureTold = false;
  private rulebookSwitchTold = false;
  /** The instant of the activity being proposed (ISO-8601): terms are judged from it (R13). */
  private now = '';

  private readonly users = new IdPool();
  private readonly numbered = new IdPool();
  /** Resource accounts on a full Phone System (or E5) licence: candidates for a swap to Virtual User. */
  private readonly phoneSystemResources = new IdPool();
  private readonly virtualUserResources = new IdPool();
  /** Healthy resource accounts without a licence: nested auto attendants and call queues (R1). */
  private readonly unlicensedResources = new IdPool();
  private readonly atRisk = new IdPool();
  private readonly broken = new IdPool();
  private readonly pools = [
    this.users,
    this.numbered,
    this.phoneSystemResources,
    this.virtualUserResources,
    this.unlicensedResources,
    this.atRisk,
    this.broken,
  ];
  /** Broken accounts of a guaranteed story: left broken, never replaced or deleted. */
  private readonly keptBroken = new Set<string>();
  private readonly heldNumbers = new Set<string>();
  /** Seats bought for a story that nothing else may take. */
  private readonly reserved = new Map<Sku, number>();
  private readonly callingPlanPurchases: { purchaseId: string; quantity: number }[] = [];
  /** Seats of purchases with a term, kept out of use: their expiry leaves no assignment without a seat. */
  private readonly termSeats = new Map<string, { sku: Sku; quantity: number }>();
  private readonly followUps: Step[] = [];
  private delayed: DelayedStep[] = [];
  private readonly actions: readonly WeightedAction[];
  private readonly totalWeight: number;

  constructor(
    readonly plan: TenantPlan,
    private readonly prng: Prng,
  ) {
    this.followUps.push(...this.setup());
    this.actions = [
      { weight: 28, step: () => this.newUser() },
      { weight: 10, step: () => this.newResourceAccount() },
      { weight: 8, step: () => this.swapToVirtualUser() },
      { weight: 0.8, step: () => this.startSplitSwap(this.phoneSystemResources.pick(this.prng), false) },
      { weight: 1.5, step: () => this.replaceBrokenAccount() },
      { weight: 6, step: () => this.deleteUser() },
      { weight: 1, step: () => this.deleteResourceAccount() },
      { weight: 4, step: () => this.changePhoneNumber() },
      { weight: 8, step: () => this.toggleCallingPlan() },
      { weight: 3, step: () => this.switchUserSuite() },
      { weight: 0.5, step: () => this.cancelUnusedCallingPlans() },
      { weight: 0.6, step: () => this.termPurchase() },
    ];
    this.totalWeight = this.actions.reduce((sum, action) => sum + action.weight, 0);
  }

  get state(): TenantState {
    return this.current;
  }

  get events(): number {
    return this.recordedEvents;
  }

  get activities(): number {
    return this.recordedActivities;
  }

  /** Past its share of events, with no guaranteed story half told. */
  get finished(): boolean {
    return (
      this.recordedEvents >= this.plan.budget &&
      this.followUps.length === 0 &&
      !this.delayed.some((delayed) => delayed.forced)
    );
  }

  get brokenAccounts(): number {
    return this.broken.size;
  }

  get atRiskAccounts(): number {
    return this.atRisk.size;
  }

  /** The next command to decide. Creating an account is always possible, so there always is one. */
  nextCommand(now: string): LedgerCommand {
    this.now = now;
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const command = this.nextStep()();
      if (command !== null) return command;
    }
    return this.newUser();
  }

  /** Folds the events `decide` accepted for the last command, as the activity `activityId`. */
  record(events: readonly LedgerEvent[], activityId: string, occurredAt: string): void {
    const touched = new Set<string>();
    for (const event of events) {
      this.current = evolve(this.current, { event, activityId, occurredAt });
      if ('accountId' in event.data) touched.add(event.data.accountId);
      if (event.type === 'PhoneNumberAssigned') this.heldNumbers.add(event.data.phoneNumber);
      if (event.type === 'PhoneNumberReleased') this.heldNumbers.delete(event.data.phoneNumber);
      if (event.type === 'LicensePurchased' && event.data.term !== undefined) {
        this.termSeats.set(event.data.purchaseId, { sku: event.data.sku, quantity: event.data.quantity });
        this.reserve(event.data.sku, event.data.quantity);
      }
      const ended =
        event.type === 'SubscriptionExpired' ? this.termSeats.get(event.data.purchaseId) : undefined;
      if (ended !== undefined) this.reserve(ended.sku, -ended.quantity);
      if (
        event.type === 'LicensePurchased' &&
        event.data.sku === 'CALLING_PLAN' &&
        event.data.term === undefined
      ) {
        this.callingPlanPurchases.push({ purchaseId: event.data.purchaseId, quantity: event.data.quantity });
      }
    }
    for (const accountId of touched) this.reindex(accountId);
    this.recordedEvents += events.length;
    this.recordedActivities += 1;
  }

  /** `decide` refused the last command (a bug in this script): drop what was to follow it. */
  refused(): void {
    this.followUps.length = 0;
  }

  private nextStep(): Step {
    // What an activity started is finished first, then what was put off.
    const followUp = this.followUps.shift();
    if (followUp !== undefined) return followUp;
    const due = this.delayed.findIndex((delayed) => delayed.dueAfterActivity <= this.recordedActivities);
    if (due >= 0) return this.delayed.splice(due, 1)[0].step;
    const progress = this.recordedEvents / this.plan.budget;
    const switchesTo = this.plan.switchesTo;
    if (switchesTo !== null && !this.rulebookSwitchTold && progress >= 0.5) {
      this.rulebookSwitchTold = true;
      // R9: a global admin's PUT …/rulebook, mid-history.
      return () => ({ type: 'AdoptRulebook', rulebook: switchesTo });
    }
    if (this.plan.stories.splitSwap && !this.splitSwapTold && progress >= 0.3) {
      this.splitSwapTold = true;
      return () => this.splitSwapStory();
    }
    if (
      this.plan.stories.overAllocate &&
      !this.overAllocationTold &&
      progress >= 0.85 &&
      !this.delayed.some((delayed) => delayed.forced)
    ) {
      this.overAllocationTold = true;
      return () => this.overAllocationStory();
    }
    if (this.plan.stories.erasure && !this.erasureTold && progress >= 0.6) {
      this.erasureTold = true;
      // SPEC §5: a global admin's DELETE …/personal-data; what follows is recorded with a new key.
      return () => ({ type: 'ErasePersonalData' });
    }
    let draw = this.prng.next() * this.totalWeight;
    for (const action of this.actions) {
      draw -= action.weight;
      if (draw < 0) return action.step;
    }
    return this.actions[0].step;
  }

  // --- Stories -------------------------------------------------------------------------------

  /** The first purchases: Phone System or E5 seats (N), calling plans, and part of the free allocation (R2, R3). */
  private setup(): Step[] {
    const seats = clampQuantity(Math.round((this.plan.budget / 14) * this.prng.between(0.6, 1.4)));
    const main = this.prng.chance(this.plan.preferE5) ? 'E5' : 'PHONE_SYSTEM';
    const steps: Step[] = [() => this.purchase(main, seats)];
    if (this.prng.chance(0.5)) {
      steps.push(() => this.purchase(main === 'E5' ? 'PHONE_SYSTEM' : 'E5', clampQuantity(seats * 0.2)));
    }
    steps.push(() => this.purchase('CALLING_PLAN', clampQuantity(seats * 0.6)));
    steps.push(() => {
      const purchasable = quotaOf(this.current).virtualUser.purchasable;
      return this.purchase(VIRTUAL_USER_SKU, clampQuantity(purchasable * this.prng.between(0.2, 0.6)));
    });
    if (this.plan.rulebook === 'current') {
      // SPEC §4: shared devices count for N per seat under today's rules.
      if (this.prng.chance(0.7)) {
        steps.push(() =>
          this.purchase('TEAMS_SHARED_DEVICES', clampQuantity(seats * this.prng.between(0.05, 0.3))),
        );
      }
      // R10: Resource Account seats beyond the free allocation, at the list price.
      if (this.prng.chance(0.6)) {
        steps.push(() => {
          const purchasable = quotaOf(this.current).virtualUser.purchasable;
          return this.purchase(VIRTUAL_USER_SKU, clampQuantity(purchasable + this.prng.int(1, 8)));
        });
      }
    }
    // R13: a trial that lapses a month in, and a subscription ending just after the data set does.
    if (this.plan.stories.terms || this.prng.chance(0.4)) steps.push(() => this.termPurchase('lapses'));
    if (this.plan.stories.terms || this.prng.chance(0.3)) steps.push(() => this.termPurchase('expiring'));
    if (this.plan.stories.terms) steps.push(() => this.termPurchase('renewed'));
    return steps;
  }

  /** R6: a resource account with a number loses its Phone System licence, and gets Virtual User later. */
  private splitSwapStory(): LedgerCommand {
    const accountId = `aa-${(this.accountSeq += 1)}`;
    this.keptBroken.add(accountId);
    this.followUps.push(
      this.withSeat('PHONE_SYSTEM', () => this.addLicense(accountId, 'PHONE_SYSTEM')),
      () => this.assignNumber(accountId),
      () => this.startSplitSwap(accountId, true),
    );
    return {
      type: 'CreateAccount',
      accountId,
      displayName: `Reception (legacy) ${this.accountSeq}`,
      kind: 'resource',
      resourceType: 'auto-attendant',
    };
  }

  /**
   * Seats for a project, the free allocation topped up to match, then the project seats cancelled:
   * A(N) falls below the Virtual User seats already bought, and the tenant is over-allocated (SPEC §3).
   */
  private overAllocationStory(): LedgerCommand {
    // Ten at least: under per-ten, fewer might not lower A(N).
    const seats = this.prng.int(10, 20);
    const purchase = this.purchase('PHONE_SYSTEM', seats);
    this.reserve('PHONE_SYSTEM', seats);
    this.phoneSystemFrozen = true;
    this.followUps.push(
      () => {
        const purchasable = quotaOf(this.current).virtualUser.purchasable;
        return purchasable > 0 ? this.purchase(VIRTUAL_USER_SKU, clampQuantity(purchasable)) : null;
      },
      () => {
        this.reserve('PHONE_SYSTEM', -seats);
        return { type: 'CancelPurchase', purchaseId: purchase.purchaseId };
      },
    );
    return purchase;
  }

  // --- Everyday activities ---------------------------------------------------------------------

  private newUser(): LedgerCommand {
    const first = this.prng.pick(FIRST_NAMES);
    const last = this.prng.pick(LAST_NAMES);
    const accountId = `${first}.${last}.${(this.accountSeq += 1)}`;
    // SPEC §4: under today's rules some users get Teams Phone with its Calling Plan in one licence.
    const bundled = rulebookInForce(this.current) === 'current' && this.prng.chance(0.3);
    const suite: Sku = bundled
      ? 'TEAMS_PHONE_WITH_CALLING_PLAN'
      : this.prng.chance(this.plan.preferE5)
        ? 'E5'
        : 'PHONE_SYSTEM';
    this.followUps.push(this.withSeat(suite, () => this.addLicense(accountId, suite)));
    if (!bundled && this.prng.chance(0.6)) {
      this.followUps.push(this.withSeat('CALLING_PLAN', () => this.addLicense(accountId, 'CALLING_PLAN')));
    }
    if (this.prng.chance(0.35)) this.followUps.push(() => this.assignNumber(accountId));
    return {
      type: 'CreateAccount',
      accountId,
      displayName: `${capitalised(first)} ${capitalised(last)}`,
      kind: 'user',
    };
  }

  private newResourceAccount(): LedgerCommand {
    const resourceType: ResourceType = this.prng.chance(0.55) ? 'auto-attendant' : 'call-queue';
    const seq = (this.accountSeq += 1);
    const accountId = `${resourceType === 'auto-attendant' ? 'aa' : 'cq'}-${seq}`;
    const names = resourceType === 'auto-attendant' ? AUTO_ATTENDANT_NAMES : CALL_QUEUE_NAMES;
    // R1: a nested auto attendant or call queue has no number and needs no licence.
    if (!this.prng.chance(0.2)) {
      // Early on, resource accounts still take a full Phone System seat; they are swapped later (R5).
      const legacy = this.prng.chance(this.recordedEvents < this.plan.budget * 0.4 ? 0.6 : 0.25);
      const virtualUser = this.withSeat(VIRTUAL_USER_SKU, () => this.addLicense(accountId, VIRTUAL_USER_SKU));
      const phoneSystem = this.withSeat('PHONE_SYSTEM', () => this.addLicense(accountId, 'PHONE_SYSTEM'));
      // R3: beyond the free allocation, a full Phone System seat licenses a resource account.
      this.followUps.push(legacy ? phoneSystem : () => virtualUser() ?? phoneSystem());
      if (this.prng.chance(0.85)) this.followUps.push(() => this.assignNumber(accountId));
    }
    return {
      type: 'CreateAccount',
      accountId,
      displayName: `${this.prng.pick(names)} ${seq}`,
      kind: 'resource',
      resourceType,
    };
  }

  /** R5: Phone System out, Virtual User in, one activity: one LicenseSwapped, the account stays healthy. */
  private swapToVirtualUser(): LedgerCommand | null {
    const accountId = this.phoneSystemResources.pick(this.prng);
    if (accountId === undefined) return null;
    return this.withSeat(VIRTUAL_USER_SKU, () => {
      const from = this.phoneCapableOf(accountId);
      if (from === undefined || from === VIRTUAL_USER_SKU) return null;
      return { type: 'ChangeLicenses', accountId, remove: [from], add: [VIRTUAL_USER_SKU] };
    })();
  }

  /** R6/R8: the licence removed in one activity; a phone-capable one assigned in a later one (mostly). */
  private startSplitSwap(accountId: string | undefined, forced: boolean): LedgerCommand | null {
    if (accountId === undefined) return null;
    const from = this.phoneCapableOf(accountId);
    if (from === undefined) return null;
    // Some administrators never finish: the account stays at-risk.
    if (forced || this.prng.chance(0.85)) {
      this.delayed.push({
        dueAfterActivity: this.recordedActivities + (forced ? 3 : this.prng.int(2, 25)),
        step: () => this.completeSplitSwap(accountId),
        forced,
      });
    }
    return { type: 'ChangeLicenses', accountId, remove: [from], add: [] };
  }

  private completeSplitSwap(accountId: string): LedgerCommand | null {
    if (!this.atRisk.has(accountId)) return null;
    return (
      this.withSeat(VIRTUAL_USER_SKU, () => this.addLicense(accountId, VIRTUAL_USER_SKU))() ??
      this.withSeat('PHONE_SYSTEM', () => this.addLicense(accountId, 'PHONE_SYSTEM'))()
    );
  }

  /** R6 remedy: a new resource account with the Virtual User licence takes over the broken one. */
  private replaceBrokenAccount(): LedgerCommand | null {
    const accountId = this.broken.pick(this.prng);
    if (accountId === undefined || this.keptBroken.has(accountId)) return null;
    const prefix = this.current.accounts.get(accountId)?.resourceType === 'call-queue' ? 'cq' : 'aa';
    const replace = (): LedgerCommand => ({
      type: 'ReplaceAccount',
      accountId,
      newAccountId: `${prefix}-${(this.accountSeq += 1)}`,
    });
    // Its own Virtual User seat moves over; one on a Phone System licence needs a free one.
    if (this.phoneCapableOf(accountId) === VIRTUAL_USER_SKU) return replace();
    return this.withSeat(VIRTUAL_USER_SKU, replace)();
  }

  private deleteUser(): LedgerCommand | null {
    const accountId = this.users.pick(this.prng);
    return accountId === undefined ? null : { type: 'DeleteAccount', accountId };
  }

  private deleteResourceAccount(): LedgerCommand | null {
    const accountId = (this.prng.chance(0.5) ? this.unlicensedResources : this.virtualUserResources).pick(
      this.prng,
    );
    return accountId === undefined ? null : { type: 'DeleteAccount', accountId };
  }

  private changePhoneNumber(): LedgerCommand | null {
    const accountId = this.numbered.pick(this.prng);
    return accountId === undefined ? null : this.assignNumber(accountId);
  }

  private toggleCallingPlan(): LedgerCommand | null {
    const accountId = this.users.pick(this.prng);
    if (accountId === undefined) return null;
    if (this.current.accounts.get(accountId)?.licenses.includes('CALLING_PLAN') === true) {
      return { type: 'ChangeLicenses', accountId, remove: ['CALLING_PLAN'], add: [] };
    }
    return this.withSeat('CALLING_PLAN', () => this.addLicense(accountId, 'CALLING_PLAN'))();
  }

  /** A user moves between the add-on and the suite in one activity: a LicenseSwapped on a user. */
  private switchUserSuite(): LedgerCommand | null {
    const accountId = this.users.pick(this.prng);
    if (accountId === undefined) return null;
    const from = this.phoneCapableOf(accountId);
    if (from === undefined || from === VIRTUAL_USER_SKU) return null;
    const to: Sku = from === 'E5' ? 'PHONE_SYSTEM' : 'E5';
    return this.withSeat(to, () => ({ type: 'ChangeLicenses', accountId, remove: [from], add: [to] }))();
  }

  /** Calling plans bought and never used are given back (R4: only seats not in use). */
  private cancelUnusedCallingPlans(): LedgerCommand | null {
    const at = this.callingPlanPurchases.findIndex(
      (purchase) => purchase.quantity <= this.freeSeats('CALLING_PLAN'),
    );
    if (at < 0) return null;
    const [purchase] = this.callingPlanPurchases.splice(at, 1);
    return { type: 'CancelPurchase', purchaseId: purchase.purchaseId };
  }

  /**
   * R13: Calling Plan seats on a subscription term (a trial, sometimes): one that lapses before
   * the data set ends (the writer expires it at its end, as the service would), one renewed
   * before its end, or one ending within 30 days after the data set (the quota view's `expiring`).
   */
  private termPurchase(fate: TermFate = this.prng.pick(TERM_FATES)): LedgerCommand {
    const now = Date.parse(this.now);
    const endsAt =
      fate === 'expiring'
        ? Math.max(now, this.plan.until) + this.prng.int(2, 28) * DAY_MS
        : now + this.prng.int(fate === 'renewed' ? 20 : 14, 45) * DAY_MS;
    const trial = fate === 'lapses' && this.prng.chance(0.6);
    const purchase = this.purchase(
      'CALLING_PLAN',
      clampQuantity(this.prng.int(trial ? 1 : 5, trial ? 5 : 25)),
      {
        endsAt: new Date(endsAt).toISOString(),
        trial,
      },
    );
    if (fate === 'renewed') {
      this.delayed.push({
        dueAfterActivity: this.recordedActivities + 1,
        step: () => this.renew(purchase.purchaseId),
        forced: false,
      });
    }
    return purchase;
  }

  /** R13: a year more, while the term still runs; null once it ended (renewing then is refused). */
  private renew(purchaseId: string): LedgerCommand | null {
    const term = this.current.purchases.get(purchaseId)?.term;
    if (term === undefined || Date.parse(term.endsAt) <= Date.parse(this.now)) return null;
    const endsAt = new Date(Date.parse(term.endsAt) + 365 * DAY_MS).toISOString();
    return { type: 'RenewSubscription', purchaseId, endsAt, now: this.now };
  }

  // --- Helpers ---------------------------------------------------------------------------------

  private addLicense(accountId: string, sku: Sku): LedgerCommand | null {
    const account = this.current.accounts.get(accountId);
    if (account === undefined || account.licenses.includes(sku)) return null;
    if (SKU_CATALOG[sku].phoneCapable && phoneCapableLicenseOf(account.licenses) !== undefined) return null;
    return { type: 'ChangeLicenses', accountId, add: [sku], remove: [] };
  }

  /** R1/R8: only an account holding a phone-capable licence gets a number. */
  private assignNumber(accountId: string): LedgerCommand | null {
    if (this.phoneCapableOf(accountId) === undefined) return null;
    const phoneNumber = this.freeNumber();
    return phoneNumber === null ? null : { type: 'AssignPhoneNumber', accountId, phoneNumber };
  }

  /**
   * `then` needs a free seat of `sku` (R4): when there is none, buy some first and run `then`
   * right after; null when none may be bought (R3 allocation used up, or purchases frozen).
   */
  private withSeat(sku: Sku, then: Step): Step {
    return () => {
      if (this.freeSeats(sku) > 0) return then();
      const quantity = this.topUpQuantity(sku);
      if (quantity === 0) return null;
      // Checked again after the purchase: whatever ran in between may have taken the seats.
      this.followUps.unshift(this.withSeat(sku, then));
      return this.purchase(sku, quantity);
    };
  }

  private freeSeats(sku: Sku): number {
    const { purchased, assigned } = this.current.seats[sku];
    return purchased - assigned - (this.reserved.get(sku) ?? 0);
  }

  /** How many seats to buy when none is free; 0 when none may be bought. */
  private topUpQuantity(sku: Sku): number {
    const definition = SKU_CATALOG[sku];
    if (definition.allotted) {
      const { purchasable, allocation } = quotaOf(this.current).virtualUser;
      const wanted = clampQuantity(allocation * 0.1 + this.prng.int(1, 10));
      // R10: under today's rules seats beyond the allocation are sold; R3: before, refused.
      return rulesInForce(this.current).beyondAllocation === 'paid' ? wanted : Math.min(purchasable, wanted);
    }
    if (countsForAllocation(sku, rulebookInForce(this.current)) && this.phoneSystemFrozen) return 0;
    return clampQuantity(Math.max(5, this.current.seats[sku].purchased * this.prng.between(0.1, 0.3)));
  }

  private purchase(sku: Sku, quantity: number, term?: Term): PurchaseLicenses {
    this.purchaseSeq += 1;
    return {
      type: 'PurchaseLicenses',
      purchaseId: `po-${String(this.purchaseSeq).padStart(5, '0')}`,
      sku,
      quantity,
      // R9: the tenant's first write adopts the rulebook of its plan.
      defaultRulebook: this.plan.rulebook,
      ...(term === undefined ? {} : { term, now: this.now }),
    };
  }

  private reserve(sku: Sku, seats: number): void {
    this.reserved.set(sku, (this.reserved.get(sku) ?? 0) + seats);
  }

  private phoneCapableOf(accountId: string): Sku | undefined {
    const account = this.current.accounts.get(accountId);
    return account === undefined ? undefined : phoneCapableLicenseOf(account.licenses);
  }

  /** A number of this tenant's range that no account holds (numbers are unique per tenant). */
  private freeNumber(): string | null {
    for (let attempt = 0; attempt < 1000; attempt += 1) {
      this.phoneSeq = (this.phoneSeq + 1) % 10_000_000;
      const candidate = `${this.plan.phonePrefix}${String(this.phoneSeq).padStart(7, '0')}`;
      if (!this.heldNumbers.has(candidate)) return candidate;
    }
    return null;
  }

  private reindex(accountId: string): void {
    for (const pool of this.pools) pool.remove(accountId);
    const account = this.current.accounts.get(accountId);
    if (account === undefined) return;
    if (account.phoneNumber !== undefined) this.numbered.add(accountId);
    this.poolOf(account).add(accountId);
  }

  private poolOf(account: AccountState): IdPool {
    if (account.kind === 'user') return this.users;
    if (account.status.status === 'broken') return this.broken;
    if (account.status.status === 'at-risk') return this.atRisk;
    const sku = phoneCapableLicenseOf(account.licenses);
    if (sku === undefined) return this.unlicensedResources;
    return sku === VIRTUAL_USER_SKU ? this.virtualUserResources : this.phoneSystemResources;
  }
}

const DAY_MS = 24 * 3600 * 1000;
const TERM_FATES = ['lapses', 'renewed', 'expiring'] as const;
type TermFate = (typeof TERM_FATES)[number];

function clampQuantity(quantity: number): number {
  return Math.min(MAX_PURCHASE_QUANTITY, Math.max(1, Math.round(quantity)));
}
