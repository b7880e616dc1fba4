import { SplitError, SplitErrorCode } from '../errors';

export function checkSeed(seed: unknown): asserts seed is string {
  if (typeof seed !== 'string' || seed.length < 16 || seed.length > 256) {
    throw new SplitError(SplitErrorCode.INVALID_SEED, 'the seed must be a string of 16 to 256 characters');
  }
}
