import { quotaOf } from './quota';
import { given } from '../testing/given-when-then';
import { assign, cancelPurchase, createUser, purchase } from '../testing/command-builders';

describe('Cancelling a purchase', () => {
  it('records the cancellation and gives the seats back', () => {
    const outcome = given(purchase('CALLING_PLAN', 5, { purchaseId: 'p-1' }))
      .when(cancelPurchase('p-1'))
      .thenEvents({
        type: 'LicensePurchaseCancelled',
        data: { purchaseId: 'p-1', sku: 'CALLING_PLAN', quantity: 5 },
      });
    const { state } = outcome.afterwards();
    expect(state.seats.CALLING_PLAN).toEqual({ purchased: 0, assigned: 0 });
    expect(state.purchases.has('p-1')).toBe(false);
    expect(state.cancelledPurchases.get('p-1')).toEqual({
      purchaseId: 'p-1',
      sku: 'CALLING_PLAN',
      quantity: 5,
      freeQuantity: 0,
      paidQuantity: 5,
    });
  });

  it('refuses an unknown purchase, and one already cancelled: NOT_FOUND', () => {
    given().when(cancelPurchase('nope')).thenError('NOT_FOUND', { purchaseId: 'nope' });
    given(purchase('CALLING_PLAN', 1, { purchaseId: 'p-1' }), cancelPurchase('p-1'))
      .when(cancelPurchase('p-1'))
      .thenError('NOT_FOUND');
  });
});

describe('R4 Who may hold what: seats in use cannot be cancelled', () => {
  const tenant = given(
    purchase('PHONE_SYSTEM', 2, { purchaseId: 'two' }),
    purchase('PHONE_SYSTEM', 1, { purchaseId: 'one' }),
    createUser('ada'),
    createUser('bob'),
    assign('ada', 'PHONE_SYSTEM'),
    assign('bob', 'PHONE_SYSTEM'),
  );

  it('refuses to cancel seats that leave fewer purchased than assigned: SEATS_IN_USE', () => {
    // 3 purchased, 2 assigned: cancelling 2 would leave 1.
    tenant
      .when(cancelPurchase('two'))
      .thenError('SEATS_IN_USE', { sku: 'PHONE_SYSTEM', quantity: 2, purchased: 3, assigned: 2 });
  });

  it('allows cancelling free seats', () => {
    // 3 purchased, 2 assigned: cancelling 1 leaves 2.
    expect(tenant.when(cancelPurchase('one')).result.ok).toBe(true);
  });
});

describe('R2 Free allocation: a cancellation can leave the tenant over-allocated', () => {
  it('shows overAllocated when cancelled Phone System seats push A(N) below the Virtual User seats purchased', () => {
    const tenant = given(
      purchase('PHONE_SYSTEM', 2, { purchaseId: 'two' }),
      purchase('PHONE_SYSTEM', 1, { purchaseId: 'one' }),
      purchase('PHONE_SYSTEM_VIRTUAL_USER', 27),
    );
    expect(quotaOf(tenant.state).overAllocated).toBe(false);

    const after = tenant.when(cancelPurchase('one')).afterwards();
    expect(quotaOf(after.state)).toMatchObject({
      rulebook: '2019',
      policy: 'seed',
      phoneSystemSeats: { purchased: 2, assigned: 0 },
      virtualUser: { allocation: 26, purchased: 27, assigned: 0, available: 27, purchasable: 0 },
      overAllocated: true,
      overAllocatedBy: 1,
    });
    after.when(purchase('PHONE_SYSTEM_VIRTUAL_USER', 1)).thenError('ALLOCATION_EXCEEDED');
  });

  it('allows cancelling every Phone System seat: N = 0, A = 0', () => {
    const after = given(
      purchase('PHONE_SYSTEM', 1, { purchaseId: 'ps' }),
      purchase('PHONE_SYSTEM_VIRTUAL_USER', 3),
    )
      .when(cancelPurchase('ps'))
      .afterwards();
    expect(quotaOf(after.state).virtualUser).toMatchObject({ allocation: 0, purchased: 3 });
    expect(quotaOf(after.state).overAllocated).toBe(true);
  });
});
