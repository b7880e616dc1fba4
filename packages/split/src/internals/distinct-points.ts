import type { RandomSource } from '../random-source';
import { uniformInt } from './uniform-int';

/**
 * `m` distinct integers drawn uniformly from 1..n, sorted ascending. Robert Floyd's algorithm: exactly m
 * draws, no retries, memory proportional to m rather than n.
 */
export function distinctPoints(rng: RandomSource, n: number, m: number): Float64Array {
  const chosen = new Set<number>();
  for (let j = n - m + 1; j <= n; j++) {
    const t = uniformInt(rng, 1, j);
    chosen.add(chosen.has(t) ? j : t);
  }
  return Float64Array.from(chosen).sort();
}
