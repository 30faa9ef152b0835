import { accountViewOf } from '../accounts/account-view';
import { evolve } from '../state/evolve';
import { activityFacts, given } from '../testing/given-when-then';
import {
  assign,
  createResource,
  createUser,
  deleteAccount,
  remove,
  seatsOf,
  swap,
} from '../testing/command-builders';
import { assigned, unassigned } from '../testing/expected-events';

/** A resource account with a phone-capable licence, and seats to spare of every kind. */
const tenant = given(
  ...seatsOf(2, 'PHONE_SYSTEM', 'PHONE_SYSTEM_VIRTUAL_USER', 'CALLING_PLAN'),
  createResource('aa'),
  assign('aa', 'PHONE_SYSTEM'),
);

describe('R6 Split swap = broken account', () => {
  it('removal in one activity makes a resource account at-risk; assignment in a later one breaks it', () => {
    const removed = tenant.when(remove('aa', 'PHONE_SYSTEM')).afterwards();
    const removal = removed.history.at(-1);
    expect(removed.account('aa').status).toEqual({
      status: 'at-risk',
      removedInActivity: removal?.activityId,
      since: removal?.occurredAt,
    });

    const broken = removed
      .when(assign('aa', 'PHONE_SYSTEM_VIRTUAL_USER'))
      .thenEvents(assigned('aa', 'PHONE_SYSTEM_VIRTUAL_USER'))
      .afterwards();
    const assignment = broken.history.at(-1);
    expect(broken.account('aa').status).toEqual({
      status: 'broken',
      brokenBy: {
        removedInActivity: removal?.activityId,
        assignedInActivity: assignment?.activityId,
        at: assignment?.occurredAt,
      },
    });
    expect(accountViewOf(broken.account('aa'), null)).toMatchObject({
      status: 'broken',
      brokenBy: { removedInActivity: removal?.activityId, assignedInActivity: assignment?.activityId },
    });
  });

  it('the same change as one activity is a swap and leaves the account healthy', () => {
    const after = tenant.when(swap('aa', 'PHONE_SYSTEM', 'PHONE_SYSTEM_VIRTUAL_USER')).afterwards();
    expect(after.account('aa').status).toEqual({ status: 'healthy' });
  });

  it('records a split swap, it never refuses one', () => {
    const outcome = tenant.and(remove('aa', 'PHONE_SYSTEM')).when(assign('aa', 'PHONE_SYSTEM'));
    expect(outcome.result.ok).toBe(true);
  });

  it('keeps an at-risk account at-risk through changes of licences that are not phone-capable', () => {
    const after = tenant.and(remove('aa', 'PHONE_SYSTEM'), assign('aa', 'CALLING_PLAN'));
    expect(after.account('aa').status.status).toBe('at-risk');
  });

  it('a broken account stays broken whatever happens next, until deleted (R7)', () => {
    const broken = tenant.and(remove('aa', 'PHONE_SYSTEM'), assign('aa', 'PHONE_SYSTEM_VIRTUAL_USER'));
    const later = broken.and(
      swap('aa', 'PHONE_SYSTEM_VIRTUAL_USER', 'PHONE_SYSTEM'),
      remove('aa', 'PHONE_SYSTEM'),
      assign('aa', 'PHONE_SYSTEM_VIRTUAL_USER'),
    );
    expect(later.account('aa').status).toEqual(broken.account('aa').status);

    const recreated = broken.and(deleteAccount('aa'), createResource('aa'));
    expect(recreated.account('aa').status).toEqual({ status: 'healthy' });
  });

  it('does not concern user accounts', () => {
    const after = tenant.and(
      createUser('ada'),
      assign('ada', 'PHONE_SYSTEM'),
      remove('ada', 'PHONE_SYSTEM'),
      assign('ada', 'PHONE_SYSTEM'),
    );
    expect(after.account('ada').status).toEqual({ status: 'healthy' });
  });

  it('removal and assignment recorded as two events of one activity are no split swap', () => {
    const facts = activityFacts(99);
    const state = [unassigned('aa', 'PHONE_SYSTEM'), assigned('aa', 'PHONE_SYSTEM_VIRTUAL_USER')]
      .map((event) => ({ event, ...facts }))
      .reduce(evolve, tenant.state);
    expect(state.accounts.get('aa')?.status).toEqual({ status: 'healthy' });
  });

  it('deletion and replacement unassign without putting the account at risk', () => {
    const facts = activityFacts(99);
    const state = evolve(tenant.state, {
      event: unassigned('aa', 'PHONE_SYSTEM', 'account-deleted'),
      ...facts,
    });
    expect(state.accounts.get('aa')?.status).toEqual({ status: 'healthy' });
  });
});
