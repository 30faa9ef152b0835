import type { Rulebook } from '../api/types';

/** R9's rulebooks in words: what each one means for the allocation. */
export const RULEBOOK_NAMES: Readonly<Record<Rulebook, string>> = {
  '2019': 'Rules of 2019: A(N) = 24 + N, capped',
  '2020': 'Rules of 2020: A(N) = 25 + ⌊N / 10⌋, capped',
  current: "Today's rules: 25 + ⌊N / 10⌋ free, more at a cost, every resource account licensed",
};
