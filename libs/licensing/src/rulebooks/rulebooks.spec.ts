import { quotaOf } from '../purchases/quota';
import { given } from '../testing/given-when-then';
import { adoptRulebook, purchase } from '../testing/command-builders';
import { purchased, rulebookAdopted } from '../testing/expected-events';
import { isRulebook } from './rulebook-names';
import {
  allocationUnder,
  policyOfRulebook,
  qualifyingSkusOf,
  RULEBOOK_RULES,
  rulebookOfPolicy,
} from './rulebooks';

describe('R9 Rulebooks', () => {
  describe('what each rulebook decides', () => {
    it.each([
      ['2019', 1, 25],
      ['2019', 600, 624],
      ['2020', 9, 25],
      ['2020', 600, 85],
      ['current', 600, 85],
      ['current', 0, 0],
    ] as const)('%s: A(%i) = %i', (rulebook, n, allocation) => {
      expect(allocationUnder(rulebook, n)).toBe(allocation);
    });

    it('counts PHONE_SYSTEM and E5 under 2019 and 2020, and also Teams Phone with Calling Plan and Shared Devices under current', () => {
      expect(qualifyingSkusOf('2019')).toEqual(['PHONE_SYSTEM', 'E5']);
      expect(qualifyingSkusOf('2020')).toEqual(['PHONE_SYSTEM', 'E5']);
      expect(qualifyingSkusOf('current')).toEqual([
        'PHONE_SYSTEM',
        'E5',
        'TEAMS_PHONE_WITH_CALLING_PLAN',
        'TEAMS_SHARED_DEVICES',
      ]);
    });

    it('caps Resource Account seats under 2019 and 2020 (R3) and sells them beyond the allocation under current (R10)', () => {
      expect(RULEBOOK_RULES['2019'].beyondAllocation).toBe('refused');
      expect(RULEBOOK_RULES['2020'].beyondAllocation).toBe('refused');
      expect(RULEBOOK_RULES.current).toMatchObject({
        beyondAllocation: 'paid',
        everyResourceAccountLicensed: true,
        flagsFullLicense: true,
      });
    });

    it('maps the old policy setting: seed is 2019, per-ten is 2020; the policy derives back', () => {
      expect(rulebookOfPolicy('seed')).toBe('2019');
      expect(rulebookOfPolicy('per-ten')).toBe('2020');
      expect(policyOfRulebook('2019')).toBe('seed');
      expect(policyOfRulebook('2020')).toBe('per-ten');
      expect(policyOfRulebook('current')).toBe('per-ten');
      expect(isRulebook('2021')).toBe(false);
    });

    it('the vendor page today: 500 users with Teams Phone with Calling Plan and 100 shared devices allot 25 + 60 = 85', () => {
      const current = given(
        purchase('TEAMS_PHONE_WITH_CALLING_PLAN', 500, { rulebook: 'current' }),
        purchase('TEAMS_SHARED_DEVICES', 100),
      );
      expect(quotaOf(current.state).virtualUser.allocation).toBe(85);
      expect(quotaOf(current.state).phoneSystemSeats.purchased).toBe(600);
      // Under 2019 they are bought, but count for nothing.
      const old = given(
        purchase('TEAMS_PHONE_WITH_CALLING_PLAN', 500, { rulebook: '2019' }),
        purchase('TEAMS_SHARED_DEVICES', 100),
      );
      expect(quotaOf(old.state).virtualUser.allocation).toBe(0);
    });
  });

  describe('adoption', () => {
    it('given a tenant with no events, when its first write carries the default rulebook, then it adopts it in the same activity', () => {
      given()
        .when(purchase('PHONE_SYSTEM', 2, { purchaseId: 'p-1', rulebook: 'current' }))
        .thenEvents(
          rulebookAdopted('current'),
          purchased('p-1', 'PHONE_SYSTEM', 2, {
            unitPrice: 8,
            rulebook: 'current',
            policy: 'per-ten',
            allocationAfter: 25,
          }),
        );
      given()
        .when({
          type: 'CreateAccount',
          accountId: 'ada',
          displayName: 'User ada',
          kind: 'user',
          defaultRulebook: '2020',
        })
        .thenEvents(rulebookAdopted('2020'), {
          type: 'AccountCreated',
          data: { accountId: 'ada', displayName: 'User ada', kind: 'user' },
        });
    });

    it('given a tenant with no events, when a rulebook is adopted, then previous is null', () => {
      given().when(adoptRulebook('2019')).thenEvents(rulebookAdopted('2019', null));
    });

    it('given a tenant under a rulebook, when the same one is adopted again, then nothing is appended', () => {
      given(adoptRulebook('current')).when(adoptRulebook('current')).thenEvents();
    });

    it('given a tenant under a rulebook, when another is adopted, then previous names the old one', () => {
      given(adoptRulebook('2019'))
        .when(adoptRulebook('current'))
        .thenEvents(rulebookAdopted('current', '2019'));
    });

    it('given a tenant under a rulebook, when a write carries another default, then nothing is adopted', () => {
      const outcome = given(adoptRulebook('2019')).when(purchase('PHONE_SYSTEM', 1, { rulebook: 'current' }));
      expect(outcome.events.map((event) => event.type)).toEqual(['LicensePurchased']);
      expect(outcome.events[0]).toMatchObject({ data: { rulebook: '2019' } });
    });

    it('when the first write is refused, then no rulebook is adopted either', () => {
      given()
        .when(purchase('PHONE_SYSTEM_VIRTUAL_USER', 1, { rulebook: '2019' }))
        .thenError('NOT_QUALIFIED', { rulebook: '2019' });
    });

    it('refuses an unknown rulebook, naming the field', () => {
      given()
        .when({ type: 'AdoptRulebook', rulebook: 'per-hundred' as '2019' })
        .thenError('INVALID_COMMAND', { field: 'rulebook' });
    });
  });

  describe('decisions, the quota view and refusals use the rulebook in force', () => {
    // The case: 600 seats under seed, then the service restarted with per-ten.
    const tenant = given(purchase('PHONE_SYSTEM', 600, { rulebook: '2019' }));

    it('the quota view and a refusal agree on the rulebook', () => {
      expect(quotaOf(tenant.state)).toMatchObject({
        rulebook: '2019',
        policy: 'seed',
        virtualUser: { allocation: 624, purchasable: 624 },
      });
      const refusal = tenant
        .when(purchase('PHONE_SYSTEM_VIRTUAL_USER', 625, { rulebook: '2020' }))
        .thenError('ALLOCATION_EXCEEDED', { allocation: 624, rulebook: '2019' });
      expect(refusal.message).toContain('rulebook 2019');
    });

    it('after switching to 2020, the quota view and the refusal both say 85', () => {
      const switched = tenant.and(adoptRulebook('2020'));
      expect(quotaOf(switched.state)).toMatchObject({
        rulebook: '2020',
        policy: 'per-ten',
        virtualUser: { allocation: 85, purchasable: 85 },
      });
      switched
        .when(purchase('PHONE_SYSTEM_VIRTUAL_USER', 86))
        .thenError('ALLOCATION_EXCEEDED', { allocation: 85, purchased: 0, rulebook: '2020' });
    });
  });
});
