import { drawShare } from './double-mean-next-share';
import { checkSplit } from './internals/check';
import type { SplitOptions } from './options';
import type { RandomSource } from './random-source';

/**
 * 二倍均值法, pre-split: the whole packet drawn share by share with {@link doubleMeanNextShare}, in grab
 * order. Every position has the same expected share (total/count); later positions vary more, because
 * each draw's range is twice the mean of what is left.
 *
 * @example doubleMean(10000, 10, seededSource('…')) → 10 shares summing to 10000
 * @throws SplitError when no split can satisfy the input (see `SplitErrorCode`).
 */
export function doubleMean(total: number, count: number, rng: RandomSource, options: SplitOptions = {}): number[] {
  const { min, max } = checkSplit(total, count, options);
  const shares = new Array<number>(count);
  let remaining = total;
  for (let i = 0; i < count; i++) {
    const share = drawShare(remaining, count - i, rng, min, max);
    shares[i] = share;
    remaining -= share;
  }
  return shares;
}
