import { disablesPhoneSystem, PHONE_SYSTEM_SERVICE_PLAN_ID } from './vendor-service-plans';

describe('disabled service plans of a licence (Graph disabledPlans)', () => {
  it('Phone System (MCOEV, 4828c8ec-…) among them turns Phone System off, whatever the case of the id', () => {
    expect(disablesPhoneSystem([PHONE_SYSTEM_SERVICE_PLAN_ID])).toBe(true);
    expect(
      disablesPhoneSystem([
        '57ff2da0-773e-42df-b2af-ffb7a2317929',
        PHONE_SYSTEM_SERVICE_PLAN_ID.toUpperCase(),
      ]),
    ).toBe(true);
  });

  it('no plan, or only other plans, leaves Phone System on', () => {
    expect(disablesPhoneSystem([])).toBe(false);
    expect(disablesPhoneSystem(['57ff2da0-773e-42df-b2af-ffb7a2317929'])).toBe(false);
  });
});
