import { quotaOf } from './quota';
import { given } from '../testing/given-when-then';
import { cancelPurchase, purchase } from '../testing/command-builders';
import { purchased } from '../testing/expected-events';

describe('R2 Free allocation: purchases record the policy and A(N)', () => {
  it('records price, currency, policy and the allocation after a Phone System purchase', () => {
    given()
      .when(purchase('PHONE_SYSTEM', 2, { purchaseId: 'p-1' }))
      .thenEvents(
        purchased('p-1', 'PHONE_SYSTEM', 2, {
          unitPrice: 8,
          currency: 'USD',
          policy: 'seed',
          allocationAfter: 26,
        }),
      );
  });

  it('counts E5 seats towards N like Phone System seats', () => {
    const outcome = given(purchase('PHONE_SYSTEM', 1, { rulebook: '2020' })).when(purchase('E5', 9));
    expect(outcome.events[0]).toMatchObject({
      data: { unitPrice: 57, rulebook: '2020', policy: 'per-ten', allocationAfter: 26 },
    });
  });

  it('judges under the rulebook the tenant adopted, whatever a later command carries (R9)', () => {
    const scenario = given(purchase('PHONE_SYSTEM', 600, { rulebook: '2019' }));
    expect(quotaOf(scenario.state).virtualUser.allocation).toBe(624);
    const after = scenario.when(purchase('CALLING_PLAN', 1, { rulebook: '2020' })).afterwards();
    expect(after.state.rulebook).toBe('2019');
    expect(quotaOf(after.state).virtualUser.allocation).toBe(624);
  });

  it('records the allocation unchanged on a Virtual User purchase', () => {
    given(purchase('PHONE_SYSTEM', 3))
      .when(purchase('PHONE_SYSTEM_VIRTUAL_USER', 5, { purchaseId: 'vu-1' }))
      .thenEvents(purchased('vu-1', 'PHONE_SYSTEM_VIRTUAL_USER', 5, { unitPrice: 0, allocationAfter: 27 }));
  });
});

describe('R3 Buying at zero, only up to the allocation', () => {
  it('refuses Virtual User licences to a tenant without a Phone System seat: NOT_QUALIFIED', () => {
    given().when(purchase('PHONE_SYSTEM_VIRTUAL_USER', 1)).thenError('NOT_QUALIFIED');
    given(purchase('CALLING_PLAN', 10))
      .when(purchase('PHONE_SYSTEM_VIRTUAL_USER', 1))
      .thenError('NOT_QUALIFIED');
  });

  it('per-ten, 600 seats: 85 Virtual User licences can be bought, the 86th is refused', () => {
    const tenant = given(purchase('PHONE_SYSTEM', 600, { rulebook: '2020' }));
    expect(quotaOf(tenant.state).virtualUser.purchasable).toBe(85);

    const bought = tenant.when(purchase('PHONE_SYSTEM_VIRTUAL_USER', 85)).afterwards();
    expect(quotaOf(bought.state).virtualUser).toMatchObject({
      allocation: 85,
      purchased: 85,
      purchasable: 0,
    });

    bought
      .when(purchase('PHONE_SYSTEM_VIRTUAL_USER', 1))
      .thenError('ALLOCATION_EXCEEDED', { allocation: 85, purchased: 85, requested: 1, rulebook: '2020' });
  });

  it('seed, 3 seats: 27 allowed one by one, the 28th refused', () => {
    let tenant = given(purchase('PHONE_SYSTEM', 3));
    for (let i = 0; i < 27; i++) tenant = tenant.when(purchase('PHONE_SYSTEM_VIRTUAL_USER', 1)).afterwards();
    expect(tenant.state.seats.PHONE_SYSTEM_VIRTUAL_USER.purchased).toBe(27);
    tenant
      .when(purchase('PHONE_SYSTEM_VIRTUAL_USER', 1))
      .thenError('ALLOCATION_EXCEEDED', { allocation: 27, purchased: 27, requested: 1 });
  });

  it('seed, 3 seats: 27 at once allowed, 28 at once refused', () => {
    const tenant = given(purchase('PHONE_SYSTEM', 3));
    expect(tenant.when(purchase('PHONE_SYSTEM_VIRTUAL_USER', 27)).result.ok).toBe(true);
    tenant
      .when(purchase('PHONE_SYSTEM_VIRTUAL_USER', 28))
      .thenError('ALLOCATION_EXCEEDED', { allocation: 27, purchased: 0, requested: 28 });
  });

  it('judges the allocation under the rulebook in force, not the setting a command carries (R9)', () => {
    // 600 seats bought under 2019 (A = 624), then the service's setting changed to 2020: the
    // tenant stays under 2019 until it adopts another rulebook.
    const tenant = given(purchase('PHONE_SYSTEM', 600, { rulebook: '2019' }));
    expect(tenant.when(purchase('PHONE_SYSTEM_VIRTUAL_USER', 86, { rulebook: '2020' })).result.ok).toBe(true);
    const refusal = tenant
      .and({ type: 'AdoptRulebook', rulebook: '2020' })
      .when(purchase('PHONE_SYSTEM_VIRTUAL_USER', 86))
      .thenError('ALLOCATION_EXCEEDED', { allocation: 85, rulebook: '2020' });
    expect(refusal.message).toContain('rulebook 2020');
  });

  it('does not cap full Phone System seats: beyond the allocation they license resource accounts', () => {
    expect(given().when(purchase('PHONE_SYSTEM', 1_000_000)).result.ok).toBe(true);
  });
});

describe('Purchase validation', () => {
  it.each([0, -1, 1.5, 1_000_001, Number.NaN])('refuses quantity %p: INVALID_COMMAND', (quantity) => {
    given().when(purchase('PHONE_SYSTEM', quantity)).thenError('INVALID_COMMAND');
  });

  it('refuses a purchase id already used, even by a cancelled purchase', () => {
    const tenant = given(purchase('CALLING_PLAN', 1, { purchaseId: 'p-1' }));
    tenant.when(purchase('CALLING_PLAN', 1, { purchaseId: 'p-1' })).thenError('INVALID_COMMAND');
    tenant
      .and(cancelPurchase('p-1'))
      .when(purchase('CALLING_PLAN', 1, { purchaseId: 'p-1' }))
      .thenError('INVALID_COMMAND');
  });
});
