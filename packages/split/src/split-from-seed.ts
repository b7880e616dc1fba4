import { doubleMean } from './double-mean';
import { equal } from './equal';
import { SplitError, SplitErrorCode } from './errors';
import { lineSegment } from './line-segment';
import type { SplitOptions } from './options';
import { seededSource } from './seeded-source';

/** The algorithms a packet can be split with. */
export const splitAlgorithms = ['equal', 'doubleMean', 'lineSegment'] as const;
export type SplitAlgorithm = (typeof splitAlgorithms)[number];

/**
 * The shares of a packet, in grab order, from its seed: the same seed, amounts and options give the same
 * shares everywhere (server, browser, mini-program). `equal` uses no randomness; the seed is still checked.
 *
 * @throws SplitError for an infeasible input, a bad seed or an unknown algorithm.
 */
export function splitFromSeed(seed: string, total: number, count: number, algorithm: SplitAlgorithm, options: SplitOptions = {}): number[] {
  const rng = seededSource(seed);
  switch (algorithm) {
    case 'equal':
      return equal(total, count, options);
    case 'doubleMean':
      return doubleMean(total, count, rng, options);
    case 'lineSegment':
      return lineSegment(total, count, rng, options);
    default:
      throw new SplitError(SplitErrorCode.UNKNOWN_ALGORITHM, `unknown split algorithm ${JSON.stringify(algorithm)}`);
  }
}
