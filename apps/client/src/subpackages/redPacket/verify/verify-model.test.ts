import { commit, splitFromSeed } from '@livemall/split';
import { buildVerifyModel } from './verify-model';

const seed = 'client-verify-seed-0001';
const shares = splitFromSeed(seed, 1000, 5, 'doubleMean');
const query = { seed, commitment: commit(seed), total: '1000', count: '5', algorithm: 'doubleMean' };

describe('buildVerifyModel', () => {
  it('passes honest grabs and marks the luckiest one', () => {
    const model = buildVerifyModel({ ...query, shares: shares.slice(0, 3).join(',') });
    expect(model).toMatchObject({ kind: 'checked', ok: true });
    if (model.kind !== 'checked') throw new Error('unreachable');
    expect(model.rows.map((r) => r.expected)).toEqual(shares);
    expect(model.rows.map((r) => r.observed)).toEqual([...shares.slice(0, 3), null, null]);
    const best = shares.slice(0, 3).indexOf(Math.max(...shares.slice(0, 3)));
    expect(model.luckiestIndex).toBe(best);
  });

  it('names the first share that does not match', () => {
    const forged = [...shares];
    forged[1] = (forged[1] as number) + 1;
    const model = buildVerifyModel({ ...query, shares: forged.join(',') });
    expect(model).toMatchObject({ kind: 'checked', ok: false, verdict: '第 2 份金额与种子不符' });
  });

  it('skips positions nobody holds, still checks the rest, and marks the luckiest by its position', () => {
    const held = `${shares[0]},,${shares[2]}`;
    const model = buildVerifyModel({ ...query, shares: held });
    expect(model).toMatchObject({ kind: 'checked', ok: true });
    if (model.kind !== 'checked') throw new Error('unreachable');
    expect(model.luckiestIndex).toBe((shares[2] as number) > (shares[0] as number) ? 2 : 0);
    const forged = buildVerifyModel({ ...query, shares: `${shares[0]},,${(shares[2] as number) + 1}` });
    expect(forged).toMatchObject({ ok: false, verdict: '第 3 份金额与种子不符' });
  });

  it('refuses more grabs than shares', () => {
    expect(buildVerifyModel({ ...query, shares: [...shares, 1].join(',') })).toMatchObject({ ok: false, verdict: '领取份数超过红包个数' });
  });

  it('refuses a seed that does not match the commitment', () => {
    expect(buildVerifyModel({ ...query, seed: 'some-other-seed-000001' })).toMatchObject({ ok: false, verdict: '种子与创建时公布的承诺值不符' });
  });

  it('explains missing or impossible parameters instead of throwing', () => {
    expect(buildVerifyModel({})).toMatchObject({ kind: 'invalid' });
    expect(buildVerifyModel({ ...query, total: '3' })).toMatchObject({ kind: 'invalid', message: '红包参数无效（SPLIT_TOTAL_TOO_SMALL）' });
    expect(buildVerifyModel({ ...query, shares: '1,x' })).toMatchObject({ kind: 'invalid' });
  });
});
