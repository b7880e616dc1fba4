import fc from 'fast-check';
import { feasibleCase } from '../test/arbitraries';
import { doubleMean } from './double-mean';
import { doubleMeanNextShare } from './double-mean-next-share';
import { equal } from './equal';
import { lineSegment } from './line-segment';
import type { SplitOptions } from './options';
import { seededSource } from './seeded-source';

type Algorithm = (total: number, count: number, seed: string, options: SplitOptions) => number[];

const algorithms: Record<string, Algorithm> = {
  equal: (total, count, _seed, options) => equal(total, count, options),
  doubleMean: (total, count, seed, options) => doubleMean(total, count, seededSource(seed), options),
  lineSegment: (total, count, seed, options) => lineSegment(total, count, seededSource(seed), options),
};

describe.each(Object.entries(algorithms))('%s', (_name, split) => {
  it('gives exactly `count` whole shares that sum to the total, each within [min, max]', () => {
    fc.assert(
      fc.property(feasibleCase, ({ total, count, options, seed }) => {
        const shares = split(total, count, seed, options);
        const min = options.min ?? 1;
        const max = options.max ?? Infinity;
        return (
          shares.length === count &&
          shares.reduce((a, b) => a + b, 0) === total &&
          shares.every((s) => Number.isSafeInteger(s) && s >= min && s <= max)
        );
      }),
    );
  });

  it('gives the same shares for the same seed', () => {
    fc.assert(fc.property(feasibleCase, ({ total, count, options, seed }) => {
      expect(split(total, count, seed, options)).toEqual(split(total, count, seed, options));
    }));
  });

  it.each([
    ['total = count·min: everyone gets the minimum', 50, 10, { min: 5 }, Array(10).fill(5)],
    ['count = 1: one share of everything', 12345, 1, {}, [12345]],
    ['total = count·max: everyone gets the cap', 200000, 10, { min: 1, max: 20000 }, Array(10).fill(20000)],
    ['a count as large as the amount in fen: one fen each', 10000, 10000, {}, Array(10000).fill(1)],
  ])('%s', (_case, total, count, options, expected) => {
    expect(split(total, count, 'edge-case-seed-0001', options)).toEqual(expected);
  });
});

describe('equal', () => {
  it('never lets two shares differ by more than 1 fen, larger ones first', () => {
    fc.assert(
      fc.property(feasibleCase, ({ total, count, options }) => {
        const shares = equal(total, count, options);
        const sorted = [...shares].sort((a, b) => b - a);
        return Math.max(...shares) - Math.min(...shares) <= 1 && shares.every((s, i) => s === sorted[i]);
      }),
    );
  });
});

describe('doubleMeanNextShare (split on grab)', () => {
  it('always leaves a remainder the remaining grabbers can still share within bounds', () => {
    fc.assert(
      fc.property(feasibleCase, ({ total, count, options, seed }) => {
        const rng = seededSource(seed);
        let remaining = total;
        for (let left = count; left > 0; left--) {
          const share = doubleMeanNextShare(remaining, left, rng, options);
          remaining -= share;
          const min = options.min ?? 1;
          const max = options.max ?? Infinity;
          if (share < min || share > max || remaining < (left - 1) * min || remaining > (left - 1) * max) return false;
        }
        return remaining === 0;
      }),
    );
  });

  it('gives the same sequence grab by grab as the pre-split', () => {
    fc.assert(
      fc.property(feasibleCase, ({ total, count, options, seed }) => {
        const rng = seededSource(seed);
        const onGrab: number[] = [];
        let remaining = total;
        for (let left = count; left > 0; left--) {
          onGrab.push(doubleMeanNextShare(remaining, left, rng, options));
          remaining -= onGrab[onGrab.length - 1] as number;
        }
        expect(onGrab).toEqual(doubleMean(total, count, seededSource(seed), options));
      }),
    );
  });
});
