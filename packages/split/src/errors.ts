/** Stable codes for infeasible split input; the server maps them to its API error codes. */
export const SplitErrorCode = {
  /** The total is not a positive safe integer of fen. */
  INVALID_TOTAL: 'SPLIT_INVALID_TOTAL',
  /** The count is not an integer ≥ 1. */
  INVALID_COUNT: 'SPLIT_INVALID_COUNT',
  /** More shares than {@link MAX_COUNT}. */
  COUNT_TOO_LARGE: 'SPLIT_COUNT_TOO_LARGE',
  /** `min`/`max` are not integers with 1 ≤ min ≤ max. */
  INVALID_BOUNDS: 'SPLIT_INVALID_BOUNDS',
  /** total < count · min: someone would get less than the minimum (or nothing). */
  TOTAL_TOO_SMALL: 'SPLIT_TOTAL_TOO_SMALL',
  /** total > count · max: someone would get more than the cap. */
  TOTAL_TOO_LARGE: 'SPLIT_TOTAL_TOO_LARGE',
  /** The seed is not a string of 16 to 256 characters. */
  INVALID_SEED: 'SPLIT_INVALID_SEED',
  /** The algorithm name is not one of {@link SplitAlgorithm}. */
  UNKNOWN_ALGORITHM: 'SPLIT_UNKNOWN_ALGORITHM',
} as const;
export type SplitErrorCode = (typeof SplitErrorCode)[keyof typeof SplitErrorCode];

export class SplitError extends Error {
  constructor(
    readonly code: SplitErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SplitError';
  }
}

/** The largest number of shares one packet may have. */
export const MAX_COUNT = 10_000;
