import { quotaOf, quotaReadAt } from '../purchases/quota';
import { given } from '../testing/given-when-then';
import {
  assign,
  cancelPurchase,
  createResource,
  createUser,
  expireSubscription,
  purchase,
  renewSubscription,
} from '../testing/command-builders';
import { dueExpiries } from './subscriptions';
import { forecastAt, forecastRefusal } from './forecast';
import { expiringAt } from './expiring';

const NOW = '2026-03-01T00:00:00.000Z';
const IN_10_DAYS = '2026-03-11T00:00:00.000Z';
const IN_40_DAYS = '2026-04-10T00:00:00.000Z';
const LATER = '2026-06-01T00:00:00.000Z';

const withTerm = (endsAt: string, trial = false) => ({ term: { endsAt, trial }, now: NOW });

describe('R13 Subscription terms', () => {
  const tenant = given(
    purchase('PHONE_SYSTEM', 2, { purchaseId: 'ps', rulebook: 'current' }),
    purchase('PHONE_SYSTEM', 8, { purchaseId: 'trial', ...withTerm(IN_10_DAYS, true) }),
    purchase('CALLING_PLAN', 3, { purchaseId: 'cp', ...withTerm(IN_40_DAYS) }),
  );

  describe('a purchase with a term', () => {
    it('records the term on the purchase', () => {
      const outcome = given(purchase('CALLING_PLAN', 1, { purchaseId: 'p', rulebook: 'current' })).when(
        purchase('CALLING_PLAN', 1, { purchaseId: 't', ...withTerm(IN_10_DAYS, true) }),
      );
      expect(outcome.events[0]).toMatchObject({ data: { term: { endsAt: IN_10_DAYS, trial: true } } });
    });

    it.each([
      ['in the past', '2026-02-01T00:00:00.000Z'],
      ['at the very instant of the decision', NOW],
      ['not an instant', 'next tuesday'],
    ])('refuses endsAt %s, naming the field', (_, endsAt) => {
      given()
        .when(purchase('CALLING_PLAN', 1, withTerm(endsAt)))
        .thenError('INVALID_COMMAND', { field: 'term.endsAt' });
    });

    it('refuses a term without the instant of the decision', () => {
      given()
        .when(purchase('CALLING_PLAN', 1, { term: { endsAt: IN_10_DAYS, trial: false } }))
        .thenError('INVALID_COMMAND', { field: 'now' });
    });
  });

  describe('expiry', () => {
    it('lists the terms due by an instant, soonest first, for the scheduler', () => {
      expect(dueExpiries(tenant.state, NOW)).toEqual([]);
      expect(dueExpiries(tenant.state, IN_10_DAYS)).toEqual([{ purchaseId: 'trial', endsAt: IN_10_DAYS }]);
      expect(dueExpiries(tenant.state, LATER).map((due) => due.purchaseId)).toEqual(['trial', 'cp']);
    });

    it('given a term that ended, when the scheduler expires it, then SubscriptionExpired records its seats and end', () => {
      tenant.when(expireSubscription('trial', IN_10_DAYS)).thenEvents({
        type: 'SubscriptionExpired',
        data: { purchaseId: 'trial', sku: 'PHONE_SYSTEM', quantity: 8, endedAt: IN_10_DAYS },
      });
    });

    it('expires once: again, or after a cancellation, or before its end, it appends nothing', () => {
      const expired = tenant.and(expireSubscription('trial', LATER));
      expired.when(expireSubscription('trial', LATER)).thenEvents();
      expect(dueExpiries(expired.state, LATER).map((due) => due.purchaseId)).toEqual(['cp']);
      tenant.and(cancelPurchase('cp')).when(expireSubscription('cp', LATER)).thenEvents();
      tenant.when(expireSubscription('cp', NOW)).thenEvents();
    });

    it('refuses to expire a purchase without a term (NO_TERM) or one that does not exist (NOT_FOUND)', () => {
      tenant.when(expireSubscription('ps', LATER)).thenError('NO_TERM');
      tenant.when(expireSubscription('nope', LATER)).thenError('NOT_FOUND');
    });

    it('expired seats stop counting, for N and as held seats', () => {
      expect(quotaOf(tenant.state).virtualUser.allocation).toBe(26);
      const expired = tenant.and(expireSubscription('trial', IN_10_DAYS));
      expect(expired.state.seats.PHONE_SYSTEM.purchased).toBe(2);
      expect(quotaOf(expired.state)).toMatchObject({
        phoneSystemSeats: { purchased: 2 },
        virtualUser: { allocation: 25 },
      });
      expired.when(cancelPurchase('trial')).thenError('NOT_FOUND');
      expired.when(purchase('CALLING_PLAN', 1, { purchaseId: 'trial' })).thenError('INVALID_COMMAND');
    });

    it('assignments left beyond the seats held show as a shortfall and make the tenant over-allocated', () => {
      const assigned = tenant.and(
        createUser('ada'),
        createUser('bob'),
        createResource('aa'),
        assign('ada', 'CALLING_PLAN'),
        assign('bob', 'CALLING_PLAN'),
      );
      const expired = assigned.and(expireSubscription('cp', LATER));
      expect(quotaOf(expired.state)).toMatchObject({
        overAllocated: true,
        overAllocatedBy: 0,
        shortfalls: [{ sku: 'CALLING_PLAN', assigned: 2, held: 0 }],
      });
      expired.when(assign('aa', 'CALLING_PLAN')).thenError('NO_SEAT_AVAILABLE');
    });
  });

  describe('renewal', () => {
    it('given a term not yet ended, when it is renewed, then SubscriptionRenewed moves its end', () => {
      const outcome = tenant.when(renewSubscription('trial', LATER, NOW)).thenEvents({
        type: 'SubscriptionRenewed',
        data: { purchaseId: 'trial', sku: 'PHONE_SYSTEM', endsAt: LATER, previousEndsAt: IN_10_DAYS },
      });
      const renewed = outcome.afterwards();
      expect(dueExpiries(renewed.state, IN_10_DAYS)).toEqual([]);
      // A scheduler acting on the old end finds nothing to do.
      renewed.when(expireSubscription('trial', IN_10_DAYS)).thenEvents();
    });

    it('refuses renewing an expired purchase (SUBSCRIPTION_EXPIRED), one without a term (NO_TERM), and an end in the past', () => {
      tenant
        .and(expireSubscription('trial', IN_10_DAYS))
        .when(renewSubscription('trial', LATER, IN_10_DAYS))
        .thenError('SUBSCRIPTION_EXPIRED');
      tenant.when(renewSubscription('ps', LATER, NOW)).thenError('NO_TERM');
      tenant.when(renewSubscription('trial', NOW, NOW)).thenError('INVALID_COMMAND', { field: 'endsAt' });
      tenant.when(renewSubscription('nope', LATER, NOW)).thenError('NOT_FOUND');
    });

    it('refuses renewing a term that ended before its SubscriptionExpired is appended (SUBSCRIPTION_EXPIRED)', () => {
      const afterTheEnd = '2026-03-12T00:00:00.000Z';
      tenant
        .when(renewSubscription('trial', LATER, afterTheEnd))
        .thenError('SUBSCRIPTION_EXPIRED', { endedAt: IN_10_DAYS });
      tenant.when(renewSubscription('trial', LATER, IN_10_DAYS)).thenError('SUBSCRIPTION_EXPIRED');
    });
  });

  describe('the quota view: terms ending soon and forecasts', () => {
    it('lists the terms ending within 30 days of the instant given', () => {
      expect(quotaOf(tenant.state, NOW).expiring).toEqual([
        { purchaseId: 'trial', sku: 'PHONE_SYSTEM', quantity: 8, endsAt: IN_10_DAYS, trial: true },
      ]);
      expect(
        quotaOf(tenant.state, '2026-03-20T00:00:00.000Z').expiring.map((term) => term.purchaseId),
      ).toEqual(['trial', 'cp']);
    });

    it('filters the terms of a view computed without an instant as quotaOf would at that instant (read time)', () => {
      const stored = quotaOf(tenant.state).expiring;
      expect(stored.map((term) => term.purchaseId)).toEqual(['trial', 'cp']);
      for (const now of [NOW, '2026-03-20T00:00:00.000Z', LATER]) {
        expect(expiringAt(stored, now)).toEqual(quotaOf(tenant.state, now).expiring);
        expect(quotaReadAt(quotaOf(tenant.state), now)).toEqual(quotaOf(tenant.state, now));
      }
    });

    it('forecasts a future instant by expiring the terms ended by then, and leaves the state given untouched', () => {
      const forecast = forecastAt(tenant.state, IN_40_DAYS);
      expect(quotaOf(forecast, IN_40_DAYS)).toMatchObject({
        phoneSystemSeats: { purchased: 2 },
        virtualUser: { allocation: 25 },
        expiring: [],
      });
      expect(forecast.seats.CALLING_PLAN.purchased).toBe(0);
      expect(tenant.state.seats.CALLING_PLAN.purchased).toBe(3);
      // The forecast equals the state once the scheduler has appended those expiries.
      const scheduled = tenant.and(
        expireSubscription('trial', IN_40_DAYS),
        expireSubscription('cp', IN_40_DAYS),
      );
      expect(quotaOf(forecast, IN_40_DAYS)).toEqual(quotaOf(scheduled.state, IN_40_DAYS));
    });

    it('forecasts up to 366 days ahead, no further', () => {
      expect(forecastRefusal(NOW, '2027-03-02T00:00:00.000Z')).toBeUndefined();
      expect(forecastRefusal(NOW, '2027-03-03T00:00:00.000Z')).toMatch(/366 days/);
    });
  });
});
