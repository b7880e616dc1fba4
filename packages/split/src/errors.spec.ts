import { doubleMean } from './double-mean';
import { doubleMeanNextShare } from './double-mean-next-share';
import { equal } from './equal';
import { SplitError, SplitErrorCode } from './errors';
import { lineSegment } from './line-segment';
import { seededSource } from './seeded-source';
import { type SplitAlgorithm, splitFromSeed } from './split-from-seed';

const rng = () => seededSource('error-table-seed-01');
const all = {
  equal: (t: number, c: number, o?: object) => equal(t, c, o),
  doubleMean: (t: number, c: number, o?: object) => doubleMean(t, c, rng(), o),
  doubleMeanNextShare: (t: number, c: number, o?: object) => doubleMeanNextShare(t, c, rng(), o),
  lineSegment: (t: number, c: number, o?: object) => lineSegment(t, c, rng(), o),
};

const table: Array<[string, number, number, object | undefined, SplitErrorCode]> = [
  ['count 0', 100, 0, undefined, SplitErrorCode.INVALID_COUNT],
  ['negative count', 100, -3, undefined, SplitErrorCode.INVALID_COUNT],
  ['fractional count', 100, 2.5, undefined, SplitErrorCode.INVALID_COUNT],
  ['count over 10,000', 1_000_000, 10_001, undefined, SplitErrorCode.COUNT_TOO_LARGE],
  ['zero total', 0, 1, undefined, SplitErrorCode.INVALID_TOTAL],
  ['negative total', -100, 1, undefined, SplitErrorCode.INVALID_TOTAL],
  ['fractional fen', 100.5, 2, undefined, SplitErrorCode.INVALID_TOTAL],
  ['NaN total', Number.NaN, 2, undefined, SplitErrorCode.INVALID_TOTAL],
  ['unsafe total', 2 ** 53, 2, undefined, SplitErrorCode.INVALID_TOTAL],
  ['more shares than fen', 5, 6, undefined, SplitErrorCode.TOTAL_TOO_SMALL],
  ['total below count·min', 99, 10, { min: 10 }, SplitErrorCode.TOTAL_TOO_SMALL],
  ['total above count·max', 200_001, 10, { max: 20_000 }, SplitErrorCode.TOTAL_TOO_LARGE],
  ['min 0', 100, 2, { min: 0 }, SplitErrorCode.INVALID_BOUNDS],
  ['max below min', 100, 2, { min: 10, max: 5 }, SplitErrorCode.INVALID_BOUNDS],
  ['fractional max', 100, 2, { max: 60.5 }, SplitErrorCode.INVALID_BOUNDS],
];

describe.each(Object.entries(all))('%s refuses infeasible input', (_name, split) => {
  it.each(table)('%s → %s', (_case, total, count, options, code) => {
    let error: unknown;
    try {
      split(total, count, options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SplitError);
    expect((error as SplitError).code).toBe(code);
  });
});

describe('splitFromSeed refuses', () => {
  it.each([
    ['a short seed', 'short', 'doubleMean', SplitErrorCode.INVALID_SEED],
    ['an unknown algorithm', 'a-long-enough-seed-000', 'fairest', SplitErrorCode.UNKNOWN_ALGORITHM],
  ])('%s', (_case, seed, algorithm, code) => {
    expect(() => splitFromSeed(seed, 100, 2, algorithm as SplitAlgorithm)).toThrow(expect.objectContaining({ code }));
  });
});
