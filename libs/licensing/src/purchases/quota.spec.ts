import { initialTenantState } from '../state/initial-state';
import { quotaOf } from './quota';
import { given } from '../testing/given-when-then';
import { assign, createResource, createUser, purchase } from '../testing/command-builders';

describe('R2 Free allocation: the quota view', () => {
  it('is empty before any purchase, with no policy', () => {
    expect(quotaOf(initialTenantState())).toEqual({
      policy: null,
      phoneSystemSeats: { purchased: 0, assigned: 0 },
      virtualUser: { allocation: 0, purchased: 0, assigned: 0, available: 0, purchasable: 0 },
      overAllocated: false,
    });
  });

  it('counts Phone System and E5 seats as N and derives the allocation under the latest policy', () => {
    const tenant = given(
      purchase('PHONE_SYSTEM', 8, { policy: 'per-ten' }),
      purchase('E5', 4, { policy: 'per-ten' }),
      purchase('PHONE_SYSTEM_VIRTUAL_USER', 10, { policy: 'per-ten' }),
      createUser('ada'),
      createUser('bob'),
      createResource('aa'),
      assign('ada', 'PHONE_SYSTEM'),
      assign('bob', 'E5'),
      assign('aa', 'PHONE_SYSTEM_VIRTUAL_USER'),
    );
    expect(quotaOf(tenant.state)).toEqual({
      policy: 'per-ten',
      phoneSystemSeats: { purchased: 12, assigned: 2 },
      virtualUser: { allocation: 26, purchased: 10, assigned: 1, available: 9, purchasable: 16 },
      overAllocated: false,
    });
  });

  it('seed allocation for 600 seats is 624', () => {
    expect(quotaOf(given(purchase('PHONE_SYSTEM', 600)).state).virtualUser.allocation).toBe(624);
  });
});
