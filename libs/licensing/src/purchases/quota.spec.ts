import { initialTenantState } from '../state/initial-state';
import { quotaOf, sameQuotaInputs } from './quota';
import { given } from '../testing/given-when-then';
import { assign, createResource, createUser, purchase } from '../testing/command-builders';

describe('R2 Free allocation: the quota view', () => {
  it('is empty before any purchase, with no rulebook and no policy', () => {
    expect(quotaOf(initialTenantState())).toEqual({
      rulebook: null,
      policy: null,
      phoneSystemSeats: { purchased: 0, assigned: 0 },
      virtualUser: {
        allocation: 0,
        purchased: 0,
        assigned: 0,
        available: 0,
        purchasable: 0,
        free: { allocation: 0, held: 0, available: 0 },
        paid: { held: 0, monthlyCost: 0 },
      },
      overAllocated: false,
      overAllocatedBy: 0,
      shortfalls: [],
      expiring: [],
    });
  });

  it('counts Phone System and E5 seats as N and derives the allocation under the rulebook in force', () => {
    const tenant = given(
      purchase('PHONE_SYSTEM', 8, { rulebook: '2020' }),
      purchase('E5', 4),
      purchase('PHONE_SYSTEM_VIRTUAL_USER', 10),
      createUser('ada'),
      createUser('bob'),
      createResource('aa'),
      assign('ada', 'PHONE_SYSTEM'),
      assign('bob', 'E5'),
      assign('aa', 'PHONE_SYSTEM_VIRTUAL_USER'),
    );
    expect(quotaOf(tenant.state)).toEqual({
      rulebook: '2020',
      policy: 'per-ten',
      phoneSystemSeats: { purchased: 12, assigned: 2 },
      virtualUser: {
        allocation: 26,
        purchased: 10,
        assigned: 1,
        available: 9,
        purchasable: 16,
        free: { allocation: 26, held: 10, available: 16 },
        paid: { held: 0, monthlyCost: 0 },
      },
      overAllocated: false,
      overAllocatedBy: 0,
      shortfalls: [],
      expiring: [],
    });
  });

  it('seed allocation for 600 seats is 624', () => {
    expect(quotaOf(given(purchase('PHONE_SYSTEM', 600)).state).virtualUser.allocation).toBe(624);
  });
});

describe('sameQuotaInputs: when the quota view need not be computed again', () => {
  const before = given(
    purchase('PHONE_SYSTEM', 2),
    purchase('PHONE_SYSTEM_VIRTUAL_USER', 1),
    createResource('aa'),
  );

  it('holds after an event that leaves the rulebook, the seats and the purchases as they were, and then the view is the same', () => {
    const after = before.and(createUser('ada'));
    expect(sameQuotaInputs(before.state, after.state)).toBe(true);
    expect(quotaOf(after.state)).toEqual(quotaOf(before.state));
  });

  it('does not hold after an assignment or a purchase, which change the view', () => {
    for (const after of [
      before.and(assign('aa', 'PHONE_SYSTEM_VIRTUAL_USER')),
      before.and(purchase('E5', 1)),
    ]) {
      expect(sameQuotaInputs(before.state, after.state)).toBe(false);
      expect(quotaOf(after.state)).not.toEqual(quotaOf(before.state));
    }
  });
});
