import { commit } from './commit';
import type { SplitOptions } from './options';
import { type SplitAlgorithm, splitFromSeed } from './split-from-seed';

export type VerifyResult =
  | { ok: true; shares: number[] }
  | { ok: false; reason: 'COMMITMENT_MISMATCH' }
  | { ok: false; reason: 'TOO_MANY_SHARES'; shares: number[] }
  | { ok: false; reason: 'SHARE_MISMATCH'; index: number; expected: number; observed: number; shares: number[] };

/**
 * Checks a finished packet: the revealed seed must hash to the commitment published at creation, and the
 * shares people actually grabbed, in grab order, must be what the seed dictates. A packet that expired
 * before everyone grabbed shows a prefix of the shares, which is fine. `shares` is the full recomputed
 * list, for showing what the unclaimed shares would have been.
 */
export function verify(
  seed: string,
  commitment: string,
  total: number,
  count: number,
  algorithm: SplitAlgorithm,
  options: SplitOptions,
  observedShares: readonly number[],
): VerifyResult {
  if (commit(seed) !== commitment.toLowerCase()) return { ok: false, reason: 'COMMITMENT_MISMATCH' };
  const shares = splitFromSeed(seed, total, count, algorithm, options);
  if (observedShares.length > shares.length) return { ok: false, reason: 'TOO_MANY_SHARES', shares };
  for (let i = 0; i < observedShares.length; i++) {
    if (observedShares[i] !== shares[i]) {
      return { ok: false, reason: 'SHARE_MISMATCH', index: i, expected: shares[i] as number, observed: observedShares[i] as number, shares };
    }
  }
  return { ok: true, shares };
}
