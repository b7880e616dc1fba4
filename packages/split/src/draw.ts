import { commit } from './commit';
import { uniformInt } from './internals/uniform-int';
import { seededSource } from './seeded-source';

/**
 * A lottery draw: `count` distinct winners out of `entrants`, by a partial Fisher–Yates shuffle driven
 * by the seeded ChaCha20 stream. The entrants must be in a canonical order both sides agree on (the
 * server uses user ids sorted ascending); the winners come out in draw order. Everyone then holds the
 * same result, and anyone with the revealed seed recomputes it.
 */
export function drawWinners(seed: string, entrants: readonly string[], count: number): string[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a non-negative integer');
  const pool = [...entrants];
  const rng = seededSource(seed);
  const k = Math.min(count, pool.length);
  for (let i = 0; i < k; i++) {
    const j = uniformInt(rng, i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j] as string, pool[i] as string];
  }
  return pool.slice(0, k);
}

export interface DrawClaim {
  seed: string;
  commitment: string;
  entrants: readonly string[];
  winners: readonly string[];
}

/** Whether a published draw is honest: the seed matches its commitment and re-drawing gives the winners. */
export function verifyDraw(claim: DrawClaim): { ok: true } | { ok: false; reason: 'commitment' | 'winners' } {
  if (commit(claim.seed) !== claim.commitment) return { ok: false, reason: 'commitment' };
  const again = drawWinners(claim.seed, claim.entrants, claim.winners.length);
  const same = again.length === claim.winners.length && again.every((w, i) => w === claim.winners[i]);
  return same ? { ok: true } : { ok: false, reason: 'winners' };
}
