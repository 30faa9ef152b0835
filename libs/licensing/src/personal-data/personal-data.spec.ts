import { given } from '../testing/given-when-then';
import {
  assign,
  assignNumber,
  createResource,
  createUser,
  erasePersonalData,
  releaseNumber,
  seatsOf,
} from '../testing/command-builders';
import { numberAssigned, numberReleased } from '../testing/expected-events';
import { accountViewOf } from '../accounts/account-view';
import { quotaOf } from '../purchases/quota';
import type { PersonalDataErased } from '../events/events';
import { withServiceSettings } from '../decider/commands';
import { ERASED, PERSONAL_DATA_FIELDS, withPersonalDataErased } from './personal-fields';

const erased: PersonalDataErased = {
  type: 'PersonalDataErased',
  data: { fields: ['displayName', 'phoneNumber', 'actor'] },
};

/** A tenant with names and numbers to erase: a licensed auto attendant with a number, and a user. */
const tenant = given(
  ...seatsOf(2, 'PHONE_SYSTEM', 'PHONE_SYSTEM_VIRTUAL_USER'),
  createResource('aa', 'auto-attendant'),
  assign('aa', 'PHONE_SYSTEM_VIRTUAL_USER'),
  assignNumber('aa', '+14155550100'),
  createUser('ada', 'Ada Lovelace'),
);

describe('SPEC §5 erasure of personal data', () => {
  it('records PersonalDataErased, naming what it erases', () => {
    tenant.when(erasePersonalData()).thenEvents(erased);
  });

  it('appends nothing when nothing was recorded since the last erasure (idempotent)', () => {
    tenant.and(erasePersonalData()).when(erasePersonalData()).thenEvents();
  });

  it('erases again once something was recorded after the last erasure', () => {
    tenant.and(erasePersonalData(), createUser('bob', 'Bob')).when(erasePersonalData()).thenEvents(erased);
  });

  it('refuses a tenant with no events: NOT_FOUND, and starts no stream', () => {
    given().when(erasePersonalData()).thenError('NOT_FOUND');
  });

  it('never adopts a rulebook, even on a tenant without one (it is not a licence activity)', () => {
    const command = withServiceSettings(erasePersonalData(), { defaultRulebook: 'current' });
    given(createUser('ada')).when(command).thenEvents(erased);
  });

  it('leaves every display name and number reading as erased, and seats, licences and statuses as they were', () => {
    const before = tenant.state;
    const after = tenant.when(erasePersonalData()).afterwards().state;
    for (const account of after.accounts.values()) {
      expect(account.displayName).toBe(ERASED);
      const held = before.accounts.get(account.accountId);
      expect({ ...account, displayName: held?.displayName, phoneNumber: held?.phoneNumber }).toEqual(held);
    }
    expect(after.accounts.get('aa')?.phoneNumber).toBe(ERASED);
    expect(after.accounts.get('ada')?.phoneNumber).toBeUndefined();
    expect(quotaOf(after)).toEqual(quotaOf(before));
    expect(accountViewOf(after.accounts.get('aa')!, after.rulebook).status).toBe('healthy');
  });

  it('keeps no erased number as held: it may be given again, and the erased one released (R8 still applies)', () => {
    const afterErasure = tenant.and(
      erasePersonalData(),
      createResource('cq', 'call-queue'),
      assign('cq', 'PHONE_SYSTEM_VIRTUAL_USER'),
    );
    expect(afterErasure.state.phoneNumberHolders.size).toBe(0);
    afterErasure.when(assignNumber('cq', '+14155550100')).thenEvents(numberAssigned('cq', '+14155550100'));
    afterErasure.when(releaseNumber('aa')).thenEvents(numberReleased('aa', ERASED));
  });

  it('folds an erased number read back from the log without holding it', () => {
    const replayed = given(
      ...seatsOf(1, 'PHONE_SYSTEM', 'PHONE_SYSTEM_VIRTUAL_USER'),
      createResource('aa'),
      assign('aa', 'PHONE_SYSTEM_VIRTUAL_USER'),
      numberAssigned('aa', ERASED),
    );
    expect(replayed.account('aa').phoneNumber).toBe(ERASED);
    expect(replayed.state.phoneNumberHolders.size).toBe(0);
  });
});

describe('SPEC §5 which fields are personal', () => {
  it('names display names and phone numbers in the data of exactly the events that carry them', () => {
    const withPersonalData = Object.entries(PERSONAL_DATA_FIELDS).filter(([, fields]) => fields.length > 0);
    expect(Object.fromEntries(withPersonalData)).toEqual({
      AccountCreated: ['displayName'],
      PhoneNumberAssigned: ['phoneNumber'],
      PhoneNumberReleased: ['phoneNumber'],
    });
  });

  it('erases those fields of stored data and leaves every other field, and an unknown type, as it is', () => {
    expect(
      withPersonalDataErased('AccountCreated', {
        accountId: 'aa',
        displayName: 'Main line',
        kind: 'resource',
      }),
    ).toEqual({
      accountId: 'aa',
      displayName: ERASED,
      kind: 'resource',
    });
    const other = { accountId: 'aa', sku: 'E5' };
    expect(withPersonalDataErased('LicenseAssigned', other)).toBe(other);
    expect(withPersonalDataErased('SomethingNew', { displayName: 'x' })).toEqual({ displayName: 'x' });
  });
});
