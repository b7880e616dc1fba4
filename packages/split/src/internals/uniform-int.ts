import type { RandomSource } from '../random-source';

const TWO_32 = 2 ** 32;
const TWO_21 = 2 ** 21;
const TWO_53 = 2 ** 53;

/**
 * A uniform integer in [lo, hi], without modulo bias: draws that fall in the incomplete last bucket are
 * thrown away and drawn again (at most half of all draws in the worst case, usually almost none).
 * Ranges wider than 2^32 use 53-bit draws made of two words.
 */
export function uniformInt(rng: RandomSource, lo: number, hi: number): number {
  const range = hi - lo + 1;
  if (range === 1) return lo;
  if (range <= TWO_32) {
    const limit = TWO_32 - (TWO_32 % range);
    for (;;) {
      const x = rng.nextUint32();
      if (x < limit) return lo + (x % range);
    }
  }
  const limit = TWO_53 - (TWO_53 % range);
  for (;;) {
    const x = (rng.nextUint32() % TWO_21) * TWO_32 + rng.nextUint32();
    if (x < limit) return lo + (x % range);
  }
}
