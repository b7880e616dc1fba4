import { checkSplit } from './internals/check';
import { uniformInt } from './internals/uniform-int';
import type { SplitOptions } from './options';
import type { RandomSource } from './random-source';

/**
 * 二倍均值法 (double mean, WeChat's lucky packet), one grab at a time: with `remaining` fen left for
 * `count` shares (mean M/N), draws a share uniformly from [min, 2·M/N − min], so its expected value is
 * the current mean and no grab position is favoured on average. The range is then narrowed so that every
 * share after this one can still get at least `min` and at most `max`; the last share takes the rest.
 *
 * Use it to split on grab (state: remaining and count); {@link doubleMean} pre-splits a whole packet.
 *
 * @throws SplitError when no split can satisfy the input (see `SplitErrorCode`).
 */
export function doubleMeanNextShare(remaining: number, count: number, rng: RandomSource, options: SplitOptions = {}): number {
  const { min, max } = checkSplit(remaining, count, options);
  return drawShare(remaining, count, rng, min, max);
}

/** The draw itself, for callers that have already checked their input. */
export function drawShare(remaining: number, count: number, rng: RandomSource, min: number, max: number): number {
  if (count === 1) return remaining;
  const others = count - 1;
  // floor(2M/N) - min ≥ min because M ≥ N·min, so the symmetric range is never empty.
  const lo = Math.max(min, remaining - others * max);
  const hi = Math.min(max, Math.floor((2 * remaining) / count) - min, remaining - others * min);
  return uniformInt(rng, lo, Math.max(lo, hi));
}
