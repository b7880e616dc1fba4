import { commit, splitFromSeed } from '@livemall/split';
import { buildVerifyModel, type VerifyQuery } from '@/subpackages/redPacket/verify/verify-model';
import { grabRecord, redPacket } from '@/test/fixtures';
import { VERIFY_PAGE, verifyUrl } from './verify-link';

const seed = 'red-packet-page-seed-0001';
const shares = splitFromSeed(seed, 1000, 5, 'doubleMean', { min: 1, max: 20000 });
const finished = { ...redPacket, status: 'finished' as const, seed, seedCommitment: commit(seed) };

/** What the verify page reads from the URL (its useRouter params, decoded as it decodes them). */
function queryOf(url: string): VerifyQuery {
  const [path, search = ''] = url.split('?');
  expect(path).toBe(VERIFY_PAGE);
  return Object.fromEntries(search.split('&').map((pair) => pair.split('=').map(decodeURIComponent))) as VerifyQuery;
}

describe('verifyUrl', () => {
  it('has no link while the seed is secret', () => {
    expect(verifyUrl(redPacket, [])).toBeNull();
  });

  it('gives the verify page everything it needs, grabs in grab order, and the verify page passes it', () => {
    const grabs = shares.slice(0, 4).map((amount, seq) => grabRecord(seq, amount)).reverse();
    const query = queryOf(verifyUrl(finished, grabs) ?? '');
    expect(query).toEqual({
      seed,
      commitment: commit(seed),
      total: '1000',
      count: '5',
      algorithm: 'doubleMean',
      shares: shares.slice(0, 4).join(','),
      max: '20000',
      min: '1',
    });
    expect(buildVerifyModel(query)).toMatchObject({ kind: 'checked', ok: true });
  });

  it('lets the verify page catch a share that does not match the seed', () => {
    const grabs = shares.map((amount, seq) => grabRecord(seq, seq === 2 ? amount + 1 : amount));
    expect(buildVerifyModel(queryOf(verifyUrl(finished, grabs) ?? ''))).toMatchObject({ ok: false, verdict: '第 3 份金额与种子不符' });
  });

  it('keeps each grab at its share position when a position is empty (a packet ended early in scale-out mode)', () => {
    const grabs = [0, 1, 3].map((seq) => grabRecord(seq, shares[seq] as number));
    const query = queryOf(verifyUrl(finished, grabs) ?? '');
    expect(query.shares).toBe(`${shares[0]},${shares[1]},,${shares[3]}`);
    const model = buildVerifyModel(query);
    expect(model).toMatchObject({ kind: 'checked', ok: true });
    if (model.kind !== 'checked') throw new Error('unreachable');
    expect(model.rows.map((r) => r.observed)).toEqual([shares[0], shares[1], null, shares[3], null]);
  });
});
