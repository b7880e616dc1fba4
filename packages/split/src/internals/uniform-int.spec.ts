import type { RandomSource } from '../random-source';
import { uniformInt } from './uniform-int';

const scripted = (...words: number[]): RandomSource & { used: number } => {
  const source = {
    used: 0,
    nextUint32() {
      const w = words[source.used++];
      if (w === undefined) throw new Error('script ran out');
      return w;
    },
  };
  return source;
};

describe('uniformInt', () => {
  it('throws away draws from the incomplete last bucket instead of folding them (no modulo bias)', () => {
    // 2^32 = 3·1431655765 + 1: the single word 4294967295 would make 0 likelier; it must be redrawn.
    const rng = scripted(4294967295, 7);
    expect(uniformInt(rng, 0, 2)).toBe(7 % 3);
    expect(rng.used).toBe(2);
    expect(uniformInt(scripted(4294967294), 0, 2)).toBe(4294967294 % 3);
  });

  it('covers a 53-bit range with two words', () => {
    const rng = scripted(0x1fffff, 0xffffffff, 5, 9);
    const wide = 2 ** 40 * 3; // not a power of two, so 2^53 − 1 lands in the rejected tail
    expect(uniformInt(rng, 0, wide - 1)).toBe((5 % 2 ** 21) * 2 ** 32 + 9);
    expect(rng.used).toBe(4);
  });

  it('uses no randomness for a one-value range', () => {
    expect(uniformInt(scripted(), 42, 42)).toBe(42);
  });
});
