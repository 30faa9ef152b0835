import { given } from '../testing/given-when-then';
import {
  assign,
  assignNumber,
  createResource,
  createUser,
  deleteAccount,
  purchase,
} from '../testing/command-builders';
import { accountDeleted, numberReleased, unassigned } from '../testing/expected-events';

describe('Creating an account', () => {
  it('records a resource account with its type', () => {
    given()
      .when(createResource('aa-main', 'auto-attendant', 'Main line'))
      .thenEvents({
        type: 'AccountCreated',
        data: {
          accountId: 'aa-main',
          displayName: 'Main line',
          kind: 'resource',
          resourceType: 'auto-attendant',
        },
      });
  });

  it('records a user account without a resource type', () => {
    given()
      .when(createUser('ada', 'Ada'))
      .thenEvents({ type: 'AccountCreated', data: { accountId: 'ada', displayName: 'Ada', kind: 'user' } });
  });

  it('refuses an id a live account has: ACCOUNT_EXISTS', () => {
    given(createUser('ada')).when(createResource('ada')).thenError('ACCOUNT_EXISTS', { accountId: 'ada' });
  });

  it('accepts the id of a deleted account again', () => {
    expect(given(createUser('ada'), deleteAccount('ada')).when(createUser('ada')).result.ok).toBe(true);
  });

  it('refuses a resource account without resourceType, and a user with one: INVALID_COMMAND', () => {
    given()
      .when({ type: 'CreateAccount', accountId: 'cq', displayName: 'Queue', kind: 'resource' })
      .thenError('INVALID_COMMAND');
    given()
      .when({
        type: 'CreateAccount',
        accountId: 'ada',
        displayName: 'Ada',
        kind: 'user',
        resourceType: 'call-queue',
      })
      .thenError('INVALID_COMMAND');
  });

  it.each(['', '-leading-dash', 'has space', 'x'.repeat(129)])(
    'refuses account id %p: INVALID_COMMAND',
    (id) => {
      given().when(createUser(id)).thenError('INVALID_COMMAND');
    },
  );

  it('refuses a blank display name: INVALID_COMMAND', () => {
    given().when(createUser('ada', '  ')).thenError('INVALID_COMMAND');
  });
});

describe('R7 Deleting an account releases its phone number and licences first', () => {
  const tenant = given(
    purchase('PHONE_SYSTEM', 1),
    purchase('CALLING_PLAN', 1),
    createResource('aa'),
    assign('aa', 'PHONE_SYSTEM'),
    assign('aa', 'CALLING_PLAN'),
    assignNumber('aa', '+4930123456'),
  );

  it('releases the number, unassigns every licence, then deletes', () => {
    tenant
      .when(deleteAccount('aa'))
      .thenEvents(
        numberReleased('aa', '+4930123456'),
        unassigned('aa', 'PHONE_SYSTEM', 'account-deleted'),
        unassigned('aa', 'CALLING_PLAN', 'account-deleted'),
        accountDeleted('aa'),
      )
      .thenWarnings();
  });

  it('frees the seats and the number', () => {
    const after = tenant.when(deleteAccount('aa')).afterwards();
    const { state } = after;
    expect(state.accounts.has('aa')).toBe(false);
    expect(state.seats.PHONE_SYSTEM).toEqual({ purchased: 1, assigned: 0 });
    expect(state.seats.CALLING_PLAN).toEqual({ purchased: 1, assigned: 0 });
    const reused = after.and(
      createResource('other'),
      assign('other', 'PHONE_SYSTEM'),
      assignNumber('other', '+4930123456'),
    );
    expect(reused.account('other').phoneNumber).toBe('+4930123456');
  });

  it('deletes an account without licences in one event', () => {
    given(createUser('ada')).when(deleteAccount('ada')).thenEvents(accountDeleted('ada'));
  });

  it('refuses an unknown account: NOT_FOUND', () => {
    given().when(deleteAccount('ghost')).thenError('NOT_FOUND', { accountId: 'ghost' });
    given(createUser('ada'), deleteAccount('ada')).when(deleteAccount('ada')).thenError('NOT_FOUND');
  });
});
