import { checkSplit } from './internals/check';
import type { SplitOptions } from './options';

/**
 * 普通红包: every share the same. When the total does not divide, the remainder is handed out one fen at a
 * time to the first grabbers, so shares differ by at most 1 fen and always sum to the total.
 *
 * @example equal(100, 3) → [34, 33, 33]
 * @throws SplitError when no split can satisfy the input (see `SplitErrorCode`).
 */
export function equal(total: number, count: number, options: SplitOptions = {}): number[] {
  checkSplit(total, count, options);
  const base = Math.floor(total / count);
  const extra = total - base * count;
  return Array.from({ length: count }, (_, i) => (i < extra ? base + 1 : base));
}
