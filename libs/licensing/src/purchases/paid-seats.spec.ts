import { quotaOf } from './quota';
import { given } from '../testing/given-when-then';
import { adoptRulebook, cancelPurchase, purchase } from '../testing/command-builders';
import { purchased } from '../testing/expected-events';
import { SKU_CATALOG } from '../catalogue/skus';

const RESOURCE_ACCOUNT_PRICE = SKU_CATALOG.PHONE_SYSTEM_VIRTUAL_USER.listPriceUsd;

describe('R10 Free and paid Resource Account seats', () => {
  // The vendor page's Contoso: 600 qualifying licences → 85 free; 90 resource accounts → 5 paid.
  const contoso = given(purchase('PHONE_SYSTEM', 600, { rulebook: 'current' }));

  it('given 600 qualifying seats under current, when 90 Resource Account seats are bought, then 85 are free and 5 paid at the list price', () => {
    contoso.when(purchase('PHONE_SYSTEM_VIRTUAL_USER', 90, { purchaseId: 'ra' })).thenEvents(
      purchased('ra', 'PHONE_SYSTEM_VIRTUAL_USER', 90, {
        unitPrice: RESOURCE_ACCOUNT_PRICE,
        rulebook: 'current',
        policy: 'per-ten',
        allocationAfter: 85,
        freeQuantity: 85,
        paidQuantity: 5,
      }),
    );
  });

  it('then the quota view shows the free and the paid seats and their monthly cost', () => {
    const after = contoso.and(purchase('PHONE_SYSTEM_VIRTUAL_USER', 90));
    expect(quotaOf(after.state)).toMatchObject({
      rulebook: 'current',
      virtualUser: {
        allocation: 85,
        purchased: 90,
        purchasable: 0,
        free: { allocation: 85, held: 85, available: 0 },
        paid: { held: 5, monthlyCost: 5 * RESOURCE_ACCOUNT_PRICE },
      },
      overAllocated: false,
      overAllocatedBy: 0,
    });
  });

  it('counts the free seats already held: a second purchase is free only up to what is left', () => {
    const outcome = contoso
      .and(purchase('PHONE_SYSTEM_VIRTUAL_USER', 80))
      .when(purchase('PHONE_SYSTEM_VIRTUAL_USER', 10));
    expect(outcome.events[0]).toMatchObject({ data: { freeQuantity: 5, paidQuantity: 5 } });
  });

  it('sells Resource Account seats to a tenant with no qualifying seat, all paid', () => {
    const outcome = given().when(purchase('PHONE_SYSTEM_VIRTUAL_USER', 3, { rulebook: 'current' }));
    expect(outcome.events[1]).toMatchObject({
      data: { freeQuantity: 0, paidQuantity: 3, allocationAfter: 0 },
    });
  });

  it('records other SKUs as paid seats at their list price', () => {
    const outcome = given().when(purchase('TEAMS_SHARED_DEVICES', 4, { rulebook: 'current' }));
    expect(outcome.events[1]).toMatchObject({
      data: { unitPrice: SKU_CATALOG.TEAMS_SHARED_DEVICES.listPriceUsd, freeQuantity: 0, paidQuantity: 4 },
    });
  });

  it('under 2019 and 2020 every Resource Account seat is free and none is paid', () => {
    const tenant = given(
      purchase('PHONE_SYSTEM', 3, { rulebook: '2019' }),
      purchase('PHONE_SYSTEM_VIRTUAL_USER', 27),
    );
    expect(quotaOf(tenant.state).virtualUser).toMatchObject({
      free: { allocation: 27, held: 27, available: 0 },
      paid: { held: 0, monthlyCost: 0 },
    });
  });

  it('given free seats held, when the allocation shrinks below them, then the tenant is over-allocated by that many', () => {
    const after = given(
      purchase('PHONE_SYSTEM', 600, { purchaseId: 'ps', rulebook: 'current' }),
      purchase('PHONE_SYSTEM', 10, { purchaseId: 'ten' }),
      purchase('PHONE_SYSTEM_VIRTUAL_USER', 86),
    )
      .when(cancelPurchase('ten'))
      .afterwards();
    expect(quotaOf(after.state)).toMatchObject({
      virtualUser: { allocation: 85, free: { held: 86, available: 0 }, paid: { held: 0 } },
      overAllocated: true,
      overAllocatedBy: 1,
    });
    // Beyond the allocation, the next seat is paid rather than refused.
    expect(after.when(purchase('PHONE_SYSTEM_VIRTUAL_USER', 1)).events[0]).toMatchObject({
      data: { freeQuantity: 0, paidQuantity: 1 },
    });
  });

  it('a tenant switched from current to 2019 keeps its paid seats and may buy free ones up to the allocation', () => {
    const switched = given(
      purchase('PHONE_SYSTEM', 1, { rulebook: 'current' }),
      purchase('PHONE_SYSTEM_VIRTUAL_USER', 30),
      adoptRulebook('2019'),
    );
    expect(quotaOf(switched.state).virtualUser).toMatchObject({
      allocation: 25,
      free: { held: 25, available: 0 },
      paid: { held: 5 },
    });
    switched
      .when(purchase('PHONE_SYSTEM_VIRTUAL_USER', 1))
      .thenError('ALLOCATION_EXCEEDED', { rulebook: '2019' });
  });
});
