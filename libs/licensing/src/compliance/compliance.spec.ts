import { accountViewOf } from '../accounts/account-view';
import { given, type Scenario } from '../testing/given-when-then';
import {
  adoptRulebook,
  assign,
  assignNumber,
  createResource,
  createUser,
  purchase,
  swap,
} from '../testing/command-builders';
import {
  complianceCountsOf,
  complianceCountsOfState,
  complianceFlagRemedy,
  complianceOf,
  fullLicenseRemedy,
  unlicensedRemedy,
} from './compliance';

const viewOf = (scenario: Scenario, accountId: string) =>
  accountViewOf(scenario.account(accountId), scenario.state.rulebook);

const stocked = (rulebook: '2019' | '2020' | 'current') =>
  given(
    purchase('PHONE_SYSTEM', 5, { rulebook }),
    purchase('E5', 1),
    purchase('PHONE_SYSTEM_VIRTUAL_USER', 5),
    createResource('nested'),
    createResource('main'),
    createUser('ada'),
  );

describe('R11 Every resource account licensed', () => {
  it('given current, a resource account with no phone-capable licence is UNLICENSED, number or not', () => {
    const tenant = stocked('current');
    expect(viewOf(tenant, 'nested')).toMatchObject({
      status: 'healthy',
      compliance: ['UNLICENSED'],
      complianceRemedy: expect.stringContaining('PHONE_SYSTEM_VIRTUAL_USER') as unknown,
    });
    // Its reason does not contradict the flag: today a number is no longer what makes a licence needed.
    expect(viewOf(tenant, 'nested').statusReason).toContain('every resource account needs one (R11)');
  });

  it.each(['2019', '2020'] as const)(
    'given %s, only a resource account with a number needs a licence',
    (rulebook) => {
      const tenant = stocked(rulebook);
      expect(viewOf(tenant, 'nested')).toMatchObject({
        compliance: [],
        statusReason: 'The resource account has no phone number, so it needs no licence.',
      });
      const numbered = tenant.and(
        assign('main', 'PHONE_SYSTEM_VIRTUAL_USER'),
        assignNumber('main', '+4930123456'),
      );
      expect(viewOf(numbered, 'main').compliance).toEqual([]);
      const unlicensedWithNumber = { ...numbered.account('main'), licenses: [] };
      expect(complianceOf(unlicensedWithNumber, rulebook)).toEqual(['UNLICENSED']);
    },
  );

  it('a licensed resource account and a user are not flagged', () => {
    const tenant = stocked('current').and(assign('main', 'PHONE_SYSTEM_VIRTUAL_USER'));
    expect(viewOf(tenant, 'main')).toMatchObject({ compliance: [], complianceRemedy: null });
    expect(viewOf(tenant, 'ada').compliance).toEqual([]);
  });

  it('follows the rulebook in force: switching to current flags what 2019 accepted', () => {
    const tenant = stocked('2019');
    expect(viewOf(tenant, 'nested').compliance).toEqual([]);
    expect(viewOf(tenant.and(adoptRulebook('current')), 'nested').compliance).toEqual(['UNLICENSED']);
  });
});

describe('R12 No full licence on a resource account', () => {
  it.each(['PHONE_SYSTEM', 'E5'] as const)(
    'given current, when %s is assigned to a resource account, then it answers FULL_LICENCE_ON_RESOURCE_ACCOUNT and flags FULL_LICENCE',
    (sku) => {
      const outcome = stocked('current').when(assign('main', sku));
      outcome.thenWarnings({ code: 'FULL_LICENCE_ON_RESOURCE_ACCOUNT', accountId: 'main' });
      expect(outcome.warnings[0]?.message).toContain(
        `Swap ${sku} for PHONE_SYSTEM_VIRTUAL_USER on main in one licence activity`,
      );
      const after = outcome.afterwards();
      expect(viewOf(after, 'main')).toMatchObject({
        status: 'healthy',
        compliance: ['FULL_LICENCE'],
        complianceRemedy: expect.stringContaining('in one licence activity') as unknown,
      });
    },
  );

  it('given current, the remedy — a swap to PHONE_SYSTEM_VIRTUAL_USER in one activity — clears the flag and keeps the account healthy', () => {
    const flagged = stocked('current').and(assign('main', 'PHONE_SYSTEM'));
    const outcome = flagged.when(swap('main', 'PHONE_SYSTEM', 'PHONE_SYSTEM_VIRTUAL_USER'));
    outcome.thenWarnings();
    expect(viewOf(outcome.afterwards(), 'main')).toMatchObject({ status: 'healthy', compliance: [] });
  });

  it('given current, a swap to a full licence warns too', () => {
    stocked('current')
      .and(assign('main', 'PHONE_SYSTEM_VIRTUAL_USER'))
      .when(swap('main', 'PHONE_SYSTEM_VIRTUAL_USER', 'E5'))
      .thenWarnings({ code: 'FULL_LICENCE_ON_RESOURCE_ACCOUNT', accountId: 'main' });
  });

  it.each(['2019', '2020'] as const)(
    'given %s, a full licence on a resource account is neither warned about nor flagged',
    (rulebook) => {
      const outcome = stocked(rulebook).when(assign('main', 'PHONE_SYSTEM'));
      outcome.thenWarnings();
      expect(viewOf(outcome.afterwards(), 'main').compliance).toEqual([]);
    },
  );

  it('a full licence on a user is no concern', () => {
    stocked('current').when(assign('ada', 'PHONE_SYSTEM')).thenWarnings();
  });
});

describe('R11/R12 counted for the reports', () => {
  it('given current, counts each flag over the accounts', () => {
    const tenant = stocked('current').and(assign('main', 'PHONE_SYSTEM'));
    const views = [...tenant.state.accounts.values()].map((account) =>
      accountViewOf(account, tenant.state.rulebook),
    );
    // nested holds nothing (UNLICENSED); main holds Teams Phone Standard (FULL_LICENCE, licensed).
    expect(complianceCountsOf(views)).toEqual({ UNLICENSED: 1, FULL_LICENCE: 1 });
    expect(complianceCountsOf([])).toEqual({ UNLICENSED: 0, FULL_LICENCE: 0 });
    // The counts the tenant views keep with the quota row: the same, from the state alone.
    expect(complianceCountsOfState(tenant.state)).toEqual({ UNLICENSED: 1, FULL_LICENCE: 1 });
    expect(complianceCountsOfState(stocked('2019').state)).toEqual({ UNLICENSED: 0, FULL_LICENCE: 0 });
  });
});

describe('R11/R12 remedies for the accounts a report counts', () => {
  it('say for every flagged account what each account view says for one', () => {
    expect(complianceFlagRemedy('UNLICENSED')).toBe(unlicensedRemedy('each of them'));
    expect(complianceFlagRemedy('FULL_LICENCE')).toBe(
      fullLicenseRemedy('each of them', 'E5').replaceAll('E5', 'the full licence (PHONE_SYSTEM or E5)'),
    );
  });
});
