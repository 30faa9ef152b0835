import { dataAsRecorded, dataAsStored } from './history-data';

describe('a history row’s data (issue 18: the account id once, in its column)', () => {
  it('leaves out a leading accountId, and puts it back first', () => {
    const data = { accountId: 'q1', sku: 'PHONE_SYSTEM', source: 'purchase' };
    const stored = dataAsStored(data, 'q1');
    expect(stored).toEqual({ sku: 'PHONE_SYSTEM', source: 'purchase' });
    expect(JSON.stringify(dataAsRecorded(stored, 'q1'))).toBe(JSON.stringify(data));
  });

  it('keeps an accountId that is not the first key where it is', () => {
    const data = { sku: 'PHONE_SYSTEM', accountId: 'q1' };
    expect(dataAsStored(data, 'q1')).toBe(data);
    expect(JSON.stringify(dataAsRecorded(dataAsStored(data, 'q1'), 'q1'))).toBe(JSON.stringify(data));
  });

  it('leaves the data of an event that names no account as it is', () => {
    const data = { purchaseId: 'p1', quantity: 2 };
    expect(dataAsStored(data, null)).toBe(data);
    expect(dataAsRecorded(data, null)).toBe(data);
  });
});
