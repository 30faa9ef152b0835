import type { LedgerCommand } from '@ledger/licensing';
import { LedgerProjections } from '../projection-catalogue';
import { writeLedger } from '../testing/ledger-writer';
import { givenATemporaryStore } from '../testing/temporary-store';

const NOW = '2026-01-01T00:00:00.000Z';

function termPurchase(purchaseId: string, endsAt: string): LedgerCommand {
  return {
    type: 'PurchaseLicenses',
    purchaseId,
    sku: 'PHONE_SYSTEM',
    quantity: 1,
    term: { endsAt, trial: false },
    now: NOW,
    defaultRulebook: 'current',
  };
}

describe('R13: the tenant views index the live subscription terms by their end (the expiry scheduler reads it)', () => {
  const temporary = givenATemporaryStore('ledger-term-ends-');

  it('lists the terms ended by an instant, soonest first; follows renewals, cancellations and expiries; pages by the last row', async () => {
    const { tenantIds } = await writeLedger(temporary.store, [
      [termPurchase('a1', '2026-02-01T00:00:00.000Z'), termPurchase('a2', '2026-03-01T00:00:00.000Z')],
      [
        termPurchase('b1', '2026-02-01T00:00:00.000Z'),
        { type: 'RenewSubscription', purchaseId: 'b1', endsAt: '2026-05-01T00:00:00.000Z', now: NOW },
      ],
      [termPurchase('c1', '2026-01-15T00:00:00.000Z'), { type: 'CancelPurchase', purchaseId: 'c1' }],
      [
        termPurchase('d1', '2026-01-10T00:00:00.000Z'),
        { type: 'ExpireSubscription', purchaseId: 'd1', now: '2026-01-11T00:00:00.000Z' },
      ],
      [{ type: 'PurchaseLicenses', purchaseId: 'e1', sku: 'PHONE_SYSTEM', quantity: 1 }],
    ]);
    const [a, b] = tenantIds;
    const projections = LedgerProjections.open(temporary.file('projections.sqlite'), temporary.store);
    await projections.runner.catchUp();
    const reads = projections.readModels;
    const april = Date.parse('2026-04-01T00:00:00.000Z');

    expect(reads.termsEndedBy(april, 10)).toEqual([
      { tenantId: a, purchaseId: 'a1', endsAt: '2026-02-01T00:00:00.000Z' },
      { tenantId: a, purchaseId: 'a2', endsAt: '2026-03-01T00:00:00.000Z' },
    ]);
    const [first] = reads.termsEndedBy(april, 1);
    expect(reads.termsEndedBy(april, 1, first)).toEqual([
      { tenantId: a, purchaseId: 'a2', endsAt: '2026-03-01T00:00:00.000Z' },
    ]);
    expect(reads.termsEndedBy(Date.parse(NOW), 10)).toEqual([]);
    expect(reads.nextTermEndAfter(april)).toBe(Date.parse('2026-05-01T00:00:00.000Z'));
    expect(reads.termsEndedBy(Date.parse('2026-05-01T00:00:00.000Z'), 10)).toContainEqual({
      tenantId: b,
      purchaseId: 'b1',
      endsAt: '2026-05-01T00:00:00.000Z',
    });
    expect(reads.nextTermEndAfter(Date.parse('2026-05-01T00:00:00.000Z'))).toBeNull();

    // A rebuild from the log gives the same index.
    await projections.runner.rebuild();
    expect(reads.termsEndedBy(april, 10).map((term) => term.purchaseId)).toEqual(['a1', 'a2']);
    await projections.close();
  });
});
