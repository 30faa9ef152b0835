import { accountViewOf } from './account-view';
import { given } from '../testing/given-when-then';
import {
  assign,
  assignNumber,
  createResource,
  createUser,
  purchase,
  remove,
} from '../testing/command-builders';

const tenant = given(
  purchase('PHONE_SYSTEM', 2),
  purchase('PHONE_SYSTEM_VIRTUAL_USER', 2),
  createUser('ada', 'Ada'),
  createResource('aa', 'auto-attendant', 'Main line'),
  assign('aa', 'PHONE_SYSTEM'),
  assignNumber('aa', '+4930123456'),
);

describe('Account view', () => {
  it('shows a user with null resource type and phone number', () => {
    expect(accountViewOf(tenant.account('ada'), null)).toEqual({
      accountId: 'ada',
      displayName: 'Ada',
      kind: 'user',
      resourceType: null,
      licenses: [],
      phoneNumber: null,
      status: 'healthy',
      statusReason: expect.stringContaining('user account') as unknown,
      compliance: [],
      complianceRemedy: null,
    });
  });

  it('shows a healthy resource account with its licence and number', () => {
    const view = accountViewOf(tenant.account('aa'), null);
    expect(view).toMatchObject({
      resourceType: 'auto-attendant',
      licenses: ['PHONE_SYSTEM'],
      phoneNumber: '+4930123456',
      status: 'healthy',
    });
    expect(view.statusReason).toContain('PHONE_SYSTEM');
    expect(view).not.toHaveProperty('brokenBy');
  });

  it('R6: explains an at-risk account, naming the removal activity', () => {
    const atRisk = tenant.and(remove('aa', 'PHONE_SYSTEM'));
    const view = accountViewOf(atRisk.account('aa'), null);
    expect(view.status).toBe('at-risk');
    expect(view.statusReason).toContain(atRisk.history.at(-1)?.activityId);
    expect(view).not.toHaveProperty('brokenBy');
  });

  it('R6: explains a broken account and says how to repair it', () => {
    const broken = tenant.and(remove('aa', 'PHONE_SYSTEM'), assign('aa', 'PHONE_SYSTEM_VIRTUAL_USER'));
    const view = accountViewOf(broken.account('aa'), null);
    expect(view.status).toBe('broken');
    expect(view.brokenBy).toEqual({
      removedInActivity: broken.history.at(-2)?.activityId,
      assignedInActivity: broken.history.at(-1)?.activityId,
      at: broken.history.at(-1)?.occurredAt,
    });
    expect(view.statusReason).toMatch(/Replace it/);
  });

  it('hands out its own copy of the licences', () => {
    const view = accountViewOf(tenant.account('aa'), null);
    view.licenses.push('CALLING_PLAN');
    expect(tenant.account('aa').licenses).toEqual(['PHONE_SYSTEM']);
  });
});
