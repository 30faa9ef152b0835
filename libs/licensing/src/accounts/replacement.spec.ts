import { accountViewOf } from './account-view';
import { quotaOf } from '../purchases/quota';
import { given } from '../testing/given-when-then';
import {
  assign,
  assignNumber,
  createResource,
  createUser,
  purchase,
  remove,
  replaceAccount,
} from '../testing/command-builders';
import {
  accountDeleted,
  assigned,
  numberAssigned,
  numberReleased,
  resourceCreated,
  unassigned,
} from '../testing/expected-events';

const NUMBER = '+4989123456';

/** A call queue that went through a split swap: Phone System removed, Virtual User assigned later. */
const brokenTenant = given(
  purchase('PHONE_SYSTEM', 1),
  purchase('PHONE_SYSTEM_VIRTUAL_USER', 2),
  purchase('CALLING_PLAN', 1),
  createResource('cq-old', 'call-queue', 'Support queue'),
  assign('cq-old', 'PHONE_SYSTEM'),
  assign('cq-old', 'CALLING_PLAN'),
  assignNumber('cq-old', NUMBER),
  remove('cq-old', 'PHONE_SYSTEM'),
  assign('cq-old', 'PHONE_SYSTEM_VIRTUAL_USER'),
);

describe('R6 Split swap remedy: replacement', () => {
  it('starts from a broken account', () => {
    expect(brokenTenant.account('cq-old').status.status).toBe('broken');
  });

  it('retires the old account and creates a healthy one with the Virtual User licence and the number, as one activity', () => {
    const outcome = brokenTenant
      .when(replaceAccount('cq-old', 'cq-new'))
      .thenEvents(
        numberReleased('cq-old', NUMBER),
        unassigned('cq-old', 'CALLING_PLAN', 'replaced'),
        unassigned('cq-old', 'PHONE_SYSTEM_VIRTUAL_USER', 'replaced'),
        accountDeleted('cq-old'),
        resourceCreated('cq-new', 'Support queue', 'call-queue'),
        assigned('cq-new', 'PHONE_SYSTEM_VIRTUAL_USER'),
        assigned('cq-new', 'CALLING_PLAN'),
        numberAssigned('cq-new', NUMBER),
      )
      .thenWarnings();

    const after = outcome.afterwards();
    expect(after.state.accounts.has('cq-old')).toBe(false);
    expect(accountViewOf(after.account('cq-new'), null)).toMatchObject({
      kind: 'resource',
      resourceType: 'call-queue',
      licenses: ['PHONE_SYSTEM_VIRTUAL_USER', 'CALLING_PLAN'],
      phoneNumber: NUMBER,
      status: 'healthy',
    });
    expect(after.state.seats.PHONE_SYSTEM_VIRTUAL_USER).toEqual({ purchased: 2, assigned: 1 });
    expect(after.state.seats.CALLING_PLAN).toEqual({ purchased: 1, assigned: 1 });
    // One activity: every event carries the same activity id.
    expect(new Set(after.history.slice(-8).map((envelope) => envelope.activityId)).size).toBe(1);
  });

  it('takes a new display name when given', () => {
    const outcome = brokenTenant.when(replaceAccount('cq-old', 'cq-new', 'Support'));
    expect(outcome.events).toContainEqual(resourceCreated('cq-new', 'Support', 'call-queue'));
  });

  it('moves an account holding Phone System to a Virtual User seat, which must be free: NO_SEAT_AVAILABLE', () => {
    const full = given(
      purchase('PHONE_SYSTEM', 1),
      purchase('PHONE_SYSTEM_VIRTUAL_USER', 1),
      createResource('aa'),
      createResource('other'),
      assign('aa', 'PHONE_SYSTEM'),
      assign('other', 'PHONE_SYSTEM_VIRTUAL_USER'),
    );
    full
      .when(replaceAccount('aa', 'aa-2'))
      .thenError('NO_SEAT_AVAILABLE', { sku: 'PHONE_SYSTEM_VIRTUAL_USER' });
  });

  it('reuses the old account’s own Virtual User seat when none other is free', () => {
    const onlySeat = given(
      purchase('PHONE_SYSTEM', 1),
      purchase('PHONE_SYSTEM_VIRTUAL_USER', 1),
      createResource('aa'),
      assign('aa', 'PHONE_SYSTEM_VIRTUAL_USER'),
    );
    const after = onlySeat.when(replaceAccount('aa', 'aa-2')).afterwards();
    expect(after.account('aa-2').licenses).toEqual(['PHONE_SYSTEM_VIRTUAL_USER']);
    expect(quotaOf(after.state).virtualUser).toMatchObject({ purchased: 1, assigned: 1, available: 0 });
  });

  it('refuses an unknown account: NOT_FOUND', () => {
    brokenTenant.when(replaceAccount('ghost', 'cq-new')).thenError('NOT_FOUND');
  });

  it('refuses a user account: NOT_A_RESOURCE_ACCOUNT', () => {
    brokenTenant
      .and(createUser('ada'))
      .when(replaceAccount('ada', 'ada-2'))
      .thenError('NOT_A_RESOURCE_ACCOUNT');
  });

  it('refuses a new id a live account has: ACCOUNT_EXISTS', () => {
    brokenTenant.and(createUser('ada')).when(replaceAccount('cq-old', 'ada')).thenError('ACCOUNT_EXISTS');
  });

  it('refuses the same id: INVALID_COMMAND', () => {
    brokenTenant.when(replaceAccount('cq-old', 'cq-old')).thenError('INVALID_COMMAND');
  });
});
