import { allocationFor, isAllocationPolicy } from './allocation-policy';

describe('R2 Free allocation: A(N) per policy', () => {
  it.each([
    [0, 0],
    [1, 25],
    [2, 26],
    [3, 27],
    [600, 624],
  ])('seed: A(%i) = %i (25 for the first licence, one per additional licence)', (n, allocation) => {
    expect(allocationFor('seed', n)).toBe(allocation);
  });

  it.each([
    [0, 0],
    [1, 25],
    [9, 25],
    [10, 26],
    [600, 85],
  ])('per-ten: A(%i) = %i (25, plus one per ten licences)', (n, allocation) => {
    expect(allocationFor('per-ten', n)).toBe(allocation);
  });

  it('knows exactly the two policies', () => {
    expect(isAllocationPolicy('seed')).toBe(true);
    expect(isAllocationPolicy('per-ten')).toBe(true);
    expect(isAllocationPolicy('per-hundred')).toBe(false);
    expect(isAllocationPolicy(undefined)).toBe(false);
  });
});
