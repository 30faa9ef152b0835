import { activityFacts, given } from '../testing/given-when-then';
import {
  assign,
  assignNumber,
  changeLicenses,
  createResource,
  createUser,
  deleteAccount,
  purchase,
  remove,
} from '../testing/command-builders';
import { numberReleased, unassigned } from '../testing/expected-events';
import { warningsOf, warningsOfActivity } from './warnings-of';

const tenant = given(
  purchase('PHONE_SYSTEM', 2),
  purchase('CALLING_PLAN', 2),
  createResource('aa'),
  createUser('ada'),
  assign('aa', 'PHONE_SYSTEM'),
  assign('aa', 'CALLING_PLAN'),
  assign('ada', 'PHONE_SYSTEM'),
  assignNumber('ada', '+14155550100'),
);

describe('R8 warningsOf: SPLIT_SWAP_RISK', () => {
  it('warns on removing the phone-capable licence of a resource account or of an account with a number', () => {
    expect(warningsOf(unassigned('aa', 'PHONE_SYSTEM'), tenant.state)).toEqual([
      {
        code: 'SPLIT_SWAP_RISK',
        accountId: 'aa',
        message: expect.stringMatching(/swap in one activity/) as unknown,
      },
    ]);
    expect(warningsOf(unassigned('ada', 'PHONE_SYSTEM'), tenant.state)).toEqual([
      {
        code: 'SPLIT_SWAP_RISK',
        accountId: 'ada',
        message: expect.stringContaining('+14155550100') as unknown,
      },
    ]);
  });

  it('does not warn for deletion, replacement, or licences that are not phone-capable', () => {
    expect(warningsOf(unassigned('aa', 'PHONE_SYSTEM', 'account-deleted'), tenant.state)).toEqual([]);
    expect(warningsOf(unassigned('aa', 'PHONE_SYSTEM', 'replaced'), tenant.state)).toEqual([]);
    expect(warningsOf(unassigned('aa', 'CALLING_PLAN'), tenant.state)).toEqual([]);
    expect(warningsOf(unassigned('ghost', 'PHONE_SYSTEM'), tenant.state)).toEqual([]);
  });

  it('gives, folded from the stored events later, the same warnings decide answered with', () => {
    for (const command of [
      remove('aa', 'PHONE_SYSTEM'),
      changeLicenses('aa', { remove: ['PHONE_SYSTEM', 'CALLING_PLAN'] }),
      remove('ada', 'PHONE_SYSTEM'),
      deleteAccount('ada'),
    ]) {
      const outcome = tenant.when(command);
      const stored = outcome.afterwards().history.slice(tenant.history.length);
      expect(warningsOfActivity(stored, tenant.state)).toEqual(outcome.warnings);
    }
  });

  it('judges each event of an activity on the state just before it', () => {
    // The number goes first, so the user's licence removal that follows no longer risks anything.
    const activity = [numberReleased('ada', '+14155550100'), unassigned('ada', 'PHONE_SYSTEM')].map(
      (event) => ({
        event,
        ...activityFacts(99),
      }),
    );
    expect(warningsOfActivity(activity, tenant.state)).toEqual([]);
    expect(warningsOfActivity(activity.slice(1), tenant.state)).toHaveLength(1);
  });
});
