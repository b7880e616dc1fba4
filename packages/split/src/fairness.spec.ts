import { createHash } from 'node:crypto';
import { commit } from './commit';
import { splitFromSeed } from './split-from-seed';
import { verify } from './verify';
import { generateSeed } from './node';

describe('provably fair packets', () => {
  const seed = generateSeed();
  const commitment = commit(seed);
  const shares = splitFromSeed(seed, 8888, 20, 'doubleMean', { max: 2000 });

  it('commits to a seed with SHA-256 (checked against Node’s own hash)', () => {
    expect(seed).toMatch(/^[0-9a-f]{64}$/);
    expect(commitment).toBe(createHash('sha256').update(seed, 'utf8').digest('hex'));
    expect(commit('红包种子-unicode-seed')).toBe(createHash('sha256').update('红包种子-unicode-seed', 'utf8').digest('hex'));
  });

  it('accepts the grabs that the seed dictates, also when the packet expired part-way', () => {
    expect(verify(seed, commitment, 8888, 20, 'doubleMean', { max: 2000 }, shares)).toEqual({ ok: true, shares });
    expect(verify(seed, commitment.toUpperCase(), 8888, 20, 'doubleMean', { max: 2000 }, shares.slice(0, 7)).ok).toBe(true);
  });

  it('catches a swapped seed, a changed share, extra shares and changed parameters', () => {
    const other = generateSeed();
    expect(verify(other, commitment, 8888, 20, 'doubleMean', { max: 2000 }, shares)).toEqual({ ok: false, reason: 'COMMITMENT_MISMATCH' });
    const tampered = [...shares];
    tampered[3] = (tampered[3] as number) + 1;
    expect(verify(seed, commitment, 8888, 20, 'doubleMean', { max: 2000 }, tampered)).toMatchObject({ ok: false, reason: 'SHARE_MISMATCH', index: 3 });
    expect(verify(seed, commitment, 8888, 20, 'doubleMean', { max: 2000 }, [...shares, 1])).toMatchObject({ ok: false, reason: 'TOO_MANY_SHARES' });
    expect(verify(seed, commitment, 8888, 20, 'lineSegment', { max: 2000 }, shares)).toMatchObject({ ok: false, reason: 'SHARE_MISMATCH' });
  });

  it('makes different packets from different seeds', () => {
    expect(splitFromSeed(generateSeed(), 8888, 20, 'doubleMean')).not.toEqual(splitFromSeed(generateSeed(), 8888, 20, 'doubleMean'));
  });
});
