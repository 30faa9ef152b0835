import { quotaOf } from '../purchases/quota';
import { given } from '../testing/given-when-then';
import {
  assign,
  changeLicenses,
  createResource,
  createUser,
  purchase,
  remove,
  swap,
} from '../testing/command-builders';
import { assigned, swapped, unassigned } from '../testing/expected-events';

const tenant = given(
  purchase('PHONE_SYSTEM', 2),
  purchase('E5', 1),
  purchase('PHONE_SYSTEM_VIRTUAL_USER', 2),
  purchase('CALLING_PLAN', 2),
  createUser('ada'),
  createResource('aa'),
);

describe('R4 Who may hold what', () => {
  it('assigns a licence with a free seat and counts the seat', () => {
    const outcome = tenant.when(assign('ada', 'PHONE_SYSTEM')).thenEvents(assigned('ada', 'PHONE_SYSTEM'));
    const { state } = outcome.afterwards();
    expect(state.seats.PHONE_SYSTEM).toEqual({ purchased: 2, assigned: 1 });
    expect(state.accounts.get('ada')?.licenses).toEqual(['PHONE_SYSTEM']);
  });

  it('gives the Virtual User licence only to resource accounts: NOT_A_RESOURCE_ACCOUNT', () => {
    tenant
      .when(assign('ada', 'PHONE_SYSTEM_VIRTUAL_USER'))
      .thenError('NOT_A_RESOURCE_ACCOUNT', { accountId: 'ada', sku: 'PHONE_SYSTEM_VIRTUAL_USER' });
  });

  it('never assigns the same SKU twice: LICENSE_ALREADY_HELD', () => {
    tenant
      .and(assign('ada', 'CALLING_PLAN'))
      .when(assign('ada', 'CALLING_PLAN'))
      .thenError('LICENSE_ALREADY_HELD');
  });

  it('never gives an account a second phone-capable licence: LICENSE_ALREADY_HELD naming the one held', () => {
    const error = tenant
      .and(assign('aa', 'PHONE_SYSTEM_VIRTUAL_USER'))
      .when(assign('aa', 'PHONE_SYSTEM'))
      .thenError('LICENSE_ALREADY_HELD', { heldSku: 'PHONE_SYSTEM_VIRTUAL_USER' });
    expect(error.message).toContain('PHONE_SYSTEM_VIRTUAL_USER');
  });

  it('needs a free purchased seat: NO_SEAT_AVAILABLE', () => {
    tenant
      .and(createUser('bob'), assign('ada', 'E5'))
      .when(assign('bob', 'E5'))
      .thenError('NO_SEAT_AVAILABLE', { sku: 'E5', purchased: 1, assigned: 1 });
    given(createUser('ada'))
      .when(assign('ada', 'CALLING_PLAN'))
      .thenError('NO_SEAT_AVAILABLE', { sku: 'CALLING_PLAN', purchased: 0, assigned: 0 });
  });

  it('refuses to remove a licence the account does not hold: LICENSE_NOT_HELD', () => {
    tenant.when(remove('ada', 'E5')).thenError('LICENSE_NOT_HELD', { accountId: 'ada', sku: 'E5' });
  });

  it('frees the seat on removal', () => {
    const { state } = tenant.and(assign('ada', 'E5')).when(remove('ada', 'E5')).afterwards();
    expect(state.seats.E5).toEqual({ purchased: 1, assigned: 0 });
    expect(state.accounts.get('ada')?.licenses).toEqual([]);
  });
});

describe('R5 Licence activity: remove and add in one activity is one swap', () => {
  it('records exactly one LicenseSwapped for Phone System → Virtual User on a resource account; it stays healthy', () => {
    const outcome = tenant
      .and(assign('aa', 'PHONE_SYSTEM'))
      .when(swap('aa', 'PHONE_SYSTEM', 'PHONE_SYSTEM_VIRTUAL_USER'))
      .thenEvents(swapped('aa', 'PHONE_SYSTEM', 'PHONE_SYSTEM_VIRTUAL_USER'))
      .thenWarnings();
    const after = outcome.afterwards();
    expect(after.account('aa')).toMatchObject({
      licenses: ['PHONE_SYSTEM_VIRTUAL_USER'],
      status: { status: 'healthy' },
    });
    expect(after.state.seats.PHONE_SYSTEM).toEqual({ purchased: 2, assigned: 0 });
    expect(after.state.seats.PHONE_SYSTEM_VIRTUAL_USER).toEqual({ purchased: 2, assigned: 1 });
    expect(quotaOf(after.state).virtualUser).toMatchObject({ assigned: 1, available: 1 });
  });

  it('swaps between any two phone-capable licences, the removal freeing the phone-capable slot', () => {
    tenant
      .and(assign('ada', 'PHONE_SYSTEM'))
      .when(swap('ada', 'PHONE_SYSTEM', 'E5'))
      .thenEvents(swapped('ada', 'PHONE_SYSTEM', 'E5'));
  });

  it('orders an activity: unassignments, then the swap, then assignments', () => {
    const holdingBoth = tenant.and(assign('aa', 'PHONE_SYSTEM'), assign('aa', 'CALLING_PLAN'));
    holdingBoth
      .when(
        changeLicenses('aa', {
          remove: ['CALLING_PLAN', 'PHONE_SYSTEM'],
          add: ['PHONE_SYSTEM_VIRTUAL_USER'],
        }),
      )
      .thenEvents(
        unassigned('aa', 'CALLING_PLAN'),
        swapped('aa', 'PHONE_SYSTEM', 'PHONE_SYSTEM_VIRTUAL_USER'),
      );
    tenant
      .and(assign('aa', 'PHONE_SYSTEM'))
      .when(
        changeLicenses('aa', {
          add: ['CALLING_PLAN', 'PHONE_SYSTEM_VIRTUAL_USER'],
          remove: ['PHONE_SYSTEM'],
        }),
      )
      .thenEvents(swapped('aa', 'PHONE_SYSTEM', 'PHONE_SYSTEM_VIRTUAL_USER'), assigned('aa', 'CALLING_PLAN'));
  });

  it('records separate events when only one side is phone-capable', () => {
    tenant
      .and(assign('ada', 'CALLING_PLAN'))
      .when(changeLicenses('ada', { remove: ['CALLING_PLAN'], add: ['PHONE_SYSTEM'] }))
      .thenEvents(unassigned('ada', 'CALLING_PLAN'), assigned('ada', 'PHONE_SYSTEM'));
  });

  it('refuses the whole activity when one part is refused, and records nothing', () => {
    const withE5Taken = tenant.and(createUser('bob'), assign('bob', 'E5'), assign('aa', 'PHONE_SYSTEM'));
    const outcome = withE5Taken.when(changeLicenses('aa', { remove: ['PHONE_SYSTEM'], add: ['E5'] }));
    outcome.thenError('NO_SEAT_AVAILABLE', { sku: 'E5' });
    expect(outcome.result).not.toHaveProperty('events');
  });

  it.each([
    ['nothing to change', { add: [], remove: [] }],
    ['a SKU added twice', { add: ['CALLING_PLAN', 'CALLING_PLAN'] }],
    ['a SKU removed twice', { remove: ['E5', 'E5'] }],
    ['a SKU added and removed', { add: ['E5'], remove: ['E5'] }],
  ] as const)('refuses %s: INVALID_COMMAND', (_why, change) => {
    tenant.when(changeLicenses('aa', change)).thenError('INVALID_COMMAND');
  });

  it('refuses an unknown account: NOT_FOUND', () => {
    tenant.when(assign('ghost', 'CALLING_PLAN')).thenError('NOT_FOUND', { accountId: 'ghost' });
  });
});

describe('R4 Who may hold what: the SKUs of today’s catalogue', () => {
  const tenant = given(
    purchase('TEAMS_PHONE_WITH_CALLING_PLAN', 2, { rulebook: 'current' }),
    purchase('TEAMS_SHARED_DEVICES', 2),
    createUser('ada'),
    createResource('aa'),
  );

  it('assigns Teams Phone with Calling Plan to users only', () => {
    expect(tenant.when(assign('ada', 'TEAMS_PHONE_WITH_CALLING_PLAN')).result.ok).toBe(true);
    tenant
      .when(assign('aa', 'TEAMS_PHONE_WITH_CALLING_PLAN'))
      .thenError('INVALID_COMMAND', { sku: 'TEAMS_PHONE_WITH_CALLING_PLAN' });
  });

  it('assigns Teams Shared Devices to no account: they are counted per device', () => {
    tenant.when(assign('ada', 'TEAMS_SHARED_DEVICES')).thenError('INVALID_COMMAND', { field: 'sku' });
    tenant.when(assign('aa', 'TEAMS_SHARED_DEVICES')).thenError('INVALID_COMMAND', { field: 'sku' });
  });
});
