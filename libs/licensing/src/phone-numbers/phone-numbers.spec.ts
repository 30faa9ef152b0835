import { given } from '../testing/given-when-then';
import {
  assign,
  assignNumber,
  createResource,
  createUser,
  deleteAccount,
  releaseNumber,
  remove,
  seatsOf,
  swap,
} from '../testing/command-builders';
import { numberAssigned, numberReleased, unassigned } from '../testing/expected-events';

/** Accounts of every kind, none holding a licence yet, and seats to spare of every kind. */
const tenant = given(
  ...seatsOf(2, 'PHONE_SYSTEM', 'PHONE_SYSTEM_VIRTUAL_USER', 'CALLING_PLAN'),
  createResource('aa'),
  createResource('cq', 'call-queue'),
  createUser('ada'),
);

describe('R1 Phone-capable licence: a phone number needs one', () => {
  it('refuses a number to an account without a licence: LICENSE_REQUIRED', () => {
    tenant.when(assignNumber('aa', '+14155550100')).thenError('LICENSE_REQUIRED', { accountId: 'aa' });
  });

  it('does not count a calling plan as phone-capable: LICENSE_REQUIRED', () => {
    tenant
      .and(assign('aa', 'CALLING_PLAN'))
      .when(assignNumber('aa', '+14155550100'))
      .thenError('LICENSE_REQUIRED');
  });

  it.each(['PHONE_SYSTEM_VIRTUAL_USER', 'PHONE_SYSTEM'] as const)(
    'gives a number to a resource account holding %s, no calling plan needed',
    (sku) => {
      const outcome = tenant
        .and(assign('aa', sku))
        .when(assignNumber('aa', '+14155550100'))
        .thenEvents(numberAssigned('aa', '+14155550100'));
      expect(outcome.afterwards().account('aa').phoneNumber).toBe('+14155550100');
    },
  );

  it('gives a number to a user holding Phone System', () => {
    tenant
      .and(assign('ada', 'PHONE_SYSTEM'))
      .when(assignNumber('ada', '+14155550100'))
      .thenEvents(numberAssigned('ada', '+14155550100'));
  });
});

describe('Phone numbers', () => {
  const licensed = tenant.and(
    assign('aa', 'PHONE_SYSTEM_VIRTUAL_USER'),
    assign('cq', 'PHONE_SYSTEM_VIRTUAL_USER'),
    assignNumber('aa', '+14155550100'),
  );

  it('refuses a number another live account holds: PHONE_NUMBER_IN_USE', () => {
    licensed
      .when(assignNumber('cq', '+14155550100'))
      .thenError('PHONE_NUMBER_IN_USE', { phoneNumber: '+14155550100', accountId: 'aa' });
  });

  it('frees the number of a deleted account', () => {
    expect(licensed.and(deleteAccount('aa')).when(assignNumber('cq', '+14155550100')).result.ok).toBe(true);
  });

  it('accepts the number the account already has, with no events', () => {
    licensed.when(assignNumber('aa', '+14155550100')).thenEvents();
  });

  it('replaces a different number: release the old, assign the new', () => {
    licensed
      .when(assignNumber('aa', '+14155550199'))
      .thenEvents(numberReleased('aa', '+14155550100'), numberAssigned('aa', '+14155550199'));
  });

  it.each(['14155550100', '+1415555', '+1234567890123456', '+1 415 555 0100', ''])(
    'refuses %p, not E.164: INVALID_COMMAND',
    (phoneNumber) => {
      licensed.when(assignNumber('cq', phoneNumber)).thenError('INVALID_COMMAND');
    },
  );

  it('releases a number', () => {
    const outcome = licensed.when(releaseNumber('aa')).thenEvents(numberReleased('aa', '+14155550100'));
    expect(outcome.afterwards().account('aa').phoneNumber).toBeUndefined();
  });

  it('refuses to release from an account without a number or an unknown account: NOT_FOUND', () => {
    licensed.when(releaseNumber('cq')).thenError('NOT_FOUND');
    licensed.when(releaseNumber('ghost')).thenError('NOT_FOUND');
    licensed.when(assignNumber('ghost', '+14155550100')).thenError('NOT_FOUND');
  });
});

describe('R8 Removing the last phone-capable licence is allowed, with SPLIT_SWAP_RISK', () => {
  it('warns when the account has a phone number', () => {
    const outcome = tenant
      .and(assign('ada', 'PHONE_SYSTEM'), assignNumber('ada', '+14155550100'))
      .when(remove('ada', 'PHONE_SYSTEM'))
      .thenEvents(unassigned('ada', 'PHONE_SYSTEM'))
      .thenWarnings({ code: 'SPLIT_SWAP_RISK', accountId: 'ada' });
    expect(outcome.warnings[0]?.message).toMatch(/later, separate activity/);
    expect(outcome.warnings[0]?.message).toMatch(/replace/);
    // The number stays: the administrator decides what to do next.
    expect(outcome.afterwards().account('ada').phoneNumber).toBe('+14155550100');
  });

  it('warns for a resource account even without a number', () => {
    tenant
      .and(assign('aa', 'PHONE_SYSTEM'))
      .when(remove('aa', 'PHONE_SYSTEM'))
      .thenWarnings({ code: 'SPLIT_SWAP_RISK', accountId: 'aa' });
  });

  it('does not warn for a user without a number, nor for a calling plan, nor for a swap', () => {
    tenant.and(assign('ada', 'PHONE_SYSTEM')).when(remove('ada', 'PHONE_SYSTEM')).thenWarnings();
    tenant.and(assign('aa', 'CALLING_PLAN')).when(remove('aa', 'CALLING_PLAN')).thenWarnings();
    tenant
      .and(assign('aa', 'PHONE_SYSTEM'), assignNumber('aa', '+14155550100'))
      .when(swap('aa', 'PHONE_SYSTEM', 'PHONE_SYSTEM_VIRTUAL_USER'))
      .thenWarnings();
  });
});
