/**
 * Red-packet split algorithms: pure, exact in integer fen, deterministic under an injected random
 * source. Browser-safe: nothing here imports Node; the cryptographic source lives in `@livemall/split/node`.
 */
export { commit } from './commit';
export { doubleMean } from './double-mean';
export { doubleMeanNextShare } from './double-mean-next-share';
export { type DrawClaim, drawWinners, verifyDraw } from './draw';
export { equal } from './equal';
export { MAX_COUNT, SplitError, SplitErrorCode } from './errors';
export { lineSegment } from './line-segment';
export { luckiest } from './luckiest';
export type { SplitOptions } from './options';
export type { RandomSource } from './random-source';
export { seededSource } from './seeded-source';
export { type SplitAlgorithm, splitAlgorithms, splitFromSeed } from './split-from-seed';
export { type VerifyResult, verify } from './verify';
