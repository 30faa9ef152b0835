import { catalogueEntries } from './catalogue-entries';
import { SKUS } from './skus';

describe('Catalogue (SPEC §4, §6)', () => {
  const entries = catalogueEntries();
  const entry = (sku: string) => entries.find((candidate) => candidate.sku === sku);

  it('lists every SKU in the shape of SPEC §6, and only those fields', () => {
    expect(entries.map((candidate) => candidate.sku)).toEqual([...SKUS]);
    for (const candidate of entries) {
      expect(Object.keys(candidate).sort()).toEqual(
        ['countsFor', 'formerNames', 'holders', 'listPriceUsd', 'name', 'phoneCapable', 'sku'].sort(),
      );
    }
  });

  it('names the SKUs as the vendor does today, with their former names', () => {
    expect(entry('PHONE_SYSTEM')).toMatchObject({
      name: 'Teams Phone Standard',
      formerNames: ['Phone System', 'Cloud PBX'],
    });
    expect(entry('PHONE_SYSTEM_VIRTUAL_USER')).toMatchObject({
      name: 'Teams Phone Resource Account',
      formerNames: ['Phone System – Virtual User', 'Phone System'],
      holders: ['resource'],
      phoneCapable: true,
      countsFor: [],
    });
  });

  it('adds Teams Phone with Calling Plan (phone-capable, users, counts under current) and Teams Shared Devices (counts under current, no holder)', () => {
    expect(entry('TEAMS_PHONE_WITH_CALLING_PLAN')).toMatchObject({
      phoneCapable: true,
      countsFor: ['current'],
      holders: ['user'],
    });
    expect(entry('TEAMS_SHARED_DEVICES')).toMatchObject({ countsFor: ['current'], holders: [] });
    expect(entry('PHONE_SYSTEM')?.countsFor).toEqual(['2019', '2020', 'current']);
  });

  it('hands out copies: a caller cannot change the catalogue', () => {
    (catalogueEntries()[0]!.formerNames as string[]).push('changed');
    expect(entry('PHONE_SYSTEM')?.formerNames).not.toContain('changed');
    expect(catalogueEntries()[0]!.formerNames).not.toContain('changed');
  });
});
