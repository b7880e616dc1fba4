import fc from 'fast-check';
import type { SplitOptions } from '../src/options';

export interface SplitCase {
  total: number;
  count: number;
  options: SplitOptions;
  seed: string;
}

/** Feasible packets: 1–300 shares, a minimum, sometimes a cap, any total the bounds allow. */
export const feasibleCase: fc.Arbitrary<SplitCase> = fc
  .record({
    count: fc.integer({ min: 1, max: 300 }),
    min: fc.integer({ min: 1, max: 50 }),
    capSpan: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
    fraction: fc.double({ min: 0, max: 1, noNaN: true }),
    seed: fc.string({ minLength: 16, maxLength: 40 }),
  })
  .map(({ count, min, capSpan, fraction, seed }) => {
    const max = capSpan === undefined ? undefined : min + capSpan;
    const high = count * (max ?? min + 2000);
    const total = count * min + Math.floor(fraction * (high - count * min));
    return { count, total, seed, options: max === undefined ? { min } : { min, max } };
  });
