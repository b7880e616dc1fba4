import { seededSource } from '@livemall/split';
import { BargainCutsInfeasible, bargainCuts, cutsFeasible } from './bargain-cuts';

describe('bargainCuts (the pre-split rule)', () => {
  it.each([
    [10_000, 8_000, 5],
    [1_000, 995, 5],
    [99_999, 1, 50],
    [2, 1, 1],
  ])('%i → %i over %i helpers: that many cuts of ≥ 1 fen summing to original − floor, largest first', (original, floor, helpers) => {
    for (const seed of ['a', 'b', 'c', 'd']) {
      const cuts = bargainCuts(original, floor, helpers, seededSource(`bargain-cuts-test-${seed}`));
      expect(cuts).toHaveLength(helpers);
      expect(cuts.every((c) => Number.isInteger(c) && c >= 1)).toBe(true);
      expect(cuts.reduce((a, b) => a + b, 0)).toBe(original - floor);
      expect(cuts).toEqual([...cuts].sort((a, b) => b - a));
    }
  });

  it('gives exactly 1 fen each when the gap equals the helpers', () => {
    expect(bargainCuts(1_005, 1_000, 5, seededSource('bargain-cuts-test-x'))).toEqual([1, 1, 1, 1, 1]);
  });

  it('is deterministic under a seeded source', () => {
    expect(bargainCuts(10_000, 3_000, 7, seededSource('bargain-cuts-test-same'))).toEqual(bargainCuts(10_000, 3_000, 7, seededSource('bargain-cuts-test-same')));
  });

  it.each([
    [1_004, 1_000, 5],
    [1_000, 1_000, 1],
    [900, 1_000, 1],
    [1_000, 0, 5],
    [1_000, 500, 0],
  ])('refuses %i → %i over %i helpers', (original, floor, helpers) => {
    expect(cutsFeasible(original, floor, helpers)).toBe(false);
    expect(() => bargainCuts(original, floor, helpers, seededSource('bargain-cuts-test-x'))).toThrow(BargainCutsInfeasible);
  });
});
