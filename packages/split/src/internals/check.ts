import { MAX_COUNT, SplitError, SplitErrorCode } from '../errors';
import type { SplitOptions } from '../options';

export interface Bounds {
  min: number;
  max: number;
}

const isPositiveInt = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 1;

/**
 * Rejects every input no split can satisfy, before a single fen moves: after this, each algorithm can
 * always give every share at least `min` and at most `max` and hit the total exactly.
 */
export function checkSplit(total: number, count: number, options: SplitOptions = {}): Bounds {
  if (!isPositiveInt(total)) throw new SplitError(SplitErrorCode.INVALID_TOTAL, `total must be a positive whole number of fen, got ${String(total)}`);
  if (!isPositiveInt(count)) throw new SplitError(SplitErrorCode.INVALID_COUNT, `count must be a whole number ≥ 1, got ${String(count)}`);
  if (count > MAX_COUNT) throw new SplitError(SplitErrorCode.COUNT_TOO_LARGE, `count ${count} is over the limit of ${MAX_COUNT}`);
  const min = options.min ?? 1;
  const max = options.max ?? Number.MAX_SAFE_INTEGER;
  if (!isPositiveInt(min) || !isPositiveInt(max) || max < min) {
    throw new SplitError(SplitErrorCode.INVALID_BOUNDS, `need whole numbers 1 ≤ min ≤ max, got min ${String(min)}, max ${String(max)}`);
  }
  if (total < count * min) throw new SplitError(SplitErrorCode.TOTAL_TOO_SMALL, `${total} fen cannot give ${count} shares of at least ${min} fen`);
  if (total > count * max) throw new SplitError(SplitErrorCode.TOTAL_TOO_LARGE, `${total} fen cannot fit in ${count} shares of at most ${max} fen`);
  return { min, max };
}
