import type { ValueTransformer } from 'typeorm';

/**
 * PostgreSQL returns `bigint` as a string. Money and counters stay below 2^53, so they are read back as
 * numbers; anything larger is a bug and fails loudly instead of rounding.
 */
export const bigintTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null) return null;
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new RangeError(`bigint ${value} is outside the safe integer range`);
    return n;
  },
};
