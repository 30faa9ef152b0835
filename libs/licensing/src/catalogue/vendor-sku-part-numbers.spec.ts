import { SKUS } from './skus';
import { skuOfPartNumber, VENDOR_SKU_PART_NUMBERS } from './vendor-sku-part-numbers';

describe('the vendor SKU part numbers (skuPartNumber → catalogue SKU)', () => {
  it.each([
    ['MCOEV', 'PHONE_SYSTEM'],
    ['PHONESYSTEM_VIRTUALUSER', 'PHONE_SYSTEM_VIRTUAL_USER'],
    ['SPE_E5', 'E5'],
    ['ENTERPRISEPREMIUM', 'E5'],
    ['MCOTEAMS_ESSENTIALS', 'TEAMS_PHONE_WITH_CALLING_PLAN'],
    ['MCOCAP', 'TEAMS_SHARED_DEVICES'],
    ['MCOPSTN1', 'CALLING_PLAN'],
    ['MCOPSTN2', 'CALLING_PLAN'],
  ])('%s is sold as %s', (partNumber, sku) => {
    expect(skuOfPartNumber(partNumber)).toBe(sku);
  });

  it('every catalogue SKU is reachable from at least one part number', () => {
    const mapped = new Set(Object.values(VENDOR_SKU_PART_NUMBERS));
    expect(SKUS.filter((sku) => !mapped.has(sku))).toEqual([]);
  });

  it('a part number not verified in the vendor documentation is unknown, never mapped by guess', () => {
    for (const unknown of ['MCOEV_VIRTUALUSER', 'ENTERPRISEPACK', 'mcoev', 'toString', '__proto__', '']) {
      expect(skuOfPartNumber(unknown)).toBeUndefined();
    }
  });
});
