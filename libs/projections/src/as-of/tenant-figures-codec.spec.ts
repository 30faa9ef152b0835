import Database from 'better-sqlite3';
import { Dictionary, DICTIONARY_DDL } from '@ledger/event-store';
import type { TenantFigures } from './tenant-figures';
import { TenantFiguresCodec } from './tenant-figures-codec';

function givenACodec(): TenantFiguresCodec {
  const db = new Database(':memory:');
  db.exec(DICTIONARY_DDL);
  return new TenantFiguresCodec(new Dictionary(db));
}

const FIGURES: TenantFigures = {
  quota: {
    rulebook: 'current',
    policy: 'per-ten',
    phoneSystemSeats: { purchased: 120, assigned: 80 },
    virtualUser: {
      allocation: 26,
      purchased: 30,
      assigned: 2,
      available: 28,
      purchasable: 0,
      free: { allocation: 26, held: 26, available: 0 },
      paid: { held: 4, monthlyCost: 4 * 4.75 },
    },
    overAllocated: true,
    overAllocatedBy: 0,
    shortfalls: [{ sku: 'CALLING_PLAN', assigned: 3, held: 1 }],
    expiring: [
      {
        purchaseId: 'po-1',
        sku: 'PHONE_SYSTEM',
        quantity: 10,
        endsAt: '2027-01-18T00:00:00.000Z',
        trial: false,
      },
      {
        purchaseId: 'trial-é',
        sku: 'PHONE_SYSTEM_VIRTUAL_USER',
        quantity: 5,
        endsAt: '2027-02-01T12:30:00Z',
        trial: true,
      },
    ],
  },
  compliance: { UNLICENSED: 2, FULL_LICENCE: 1 },
  broken: 3,
};

describe('the tenant figures codec (issue 18: a figures row in a few bytes)', () => {
  it('reads back every figure it writes, in the key order of the quota view', () => {
    const codec = givenACodec();
    const decoded = codec.decode(codec.encode(FIGURES));
    expect(decoded).toEqual(FIGURES);
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(FIGURES));
  });

  it('reads back a tenant before any rulebook, with no term, and amounts that are not counts', () => {
    const codec = givenACodec();
    const figures: TenantFigures = {
      ...FIGURES,
      quota: {
        ...FIGURES.quota,
        rulebook: null,
        policy: null,
        virtualUser: { ...FIGURES.quota.virtualUser, paid: { held: -1, monthlyCost: 2 ** 60 } },
        shortfalls: [],
        expiring: [],
      },
    };
    expect(codec.decode(codec.encode(figures))).toEqual(figures);
  });

  it('takes a byte for a count below 64: figures with one term fit in 36 bytes (compact JSON took 88)', () => {
    const codec = givenACodec();
    const figures: TenantFigures = {
      ...FIGURES,
      quota: {
        ...FIGURES.quota,
        phoneSystemSeats: { purchased: 12, assigned: 8 },
        virtualUser: { ...FIGURES.quota.virtualUser, paid: { held: 0, monthlyCost: 0 } },
        shortfalls: [],
        expiring: FIGURES.quota.expiring.slice(0, 1),
      },
    };
    // 1 format, 2 names, 12 counts, 2 of over-allocation, 2 list lengths, 14 the term, 3 the tallies.
    expect(codec.encode(figures).length).toBeLessThanOrEqual(36);
  });

  it('refuses bytes of another format rather than misreading them', () => {
    const codec = givenACodec();
    const bytes = codec.encode(FIGURES);
    bytes[0] = 2;
    expect(() => codec.decode(bytes)).toThrow('tenant figures in format 2; this build reads 1');
  });
});
