import { lotteryFormToRequest } from './lottery-form';

const base = { prize: '脐橙一箱', winners: '2', mode: 'keyword' as const, keyword: ' 想要 ', durationSeconds: '60' };

describe('lotteryFormToRequest', () => {
  it('builds a keyword lottery and an everyone-in-the-room one', () => {
    expect(lotteryFormToRequest(base)).toEqual({
      ok: true,
      body: { prize: '脐橙一箱', winners: 2, participation: { kind: 'keyword', keyword: '想要' }, durationSeconds: 60 },
    });
    const all = lotteryFormToRequest({ ...base, mode: 'viewers', keyword: '' });
    expect(all.ok && all.body.participation).toEqual({ kind: 'viewers' });
  });

  it('says what is wrong in words', () => {
    expect(lotteryFormToRequest({ ...base, prize: '' })).toEqual({ ok: false, error: '请填写 1 到 60 个字的奖品' });
    expect(lotteryFormToRequest({ ...base, winners: '0' })).toEqual({ ok: false, error: '中奖人数需为 1 到 100' });
    expect(lotteryFormToRequest({ ...base, winners: 'abc' })).toEqual({ ok: false, error: '中奖人数需为 1 到 100' });
    expect(lotteryFormToRequest({ ...base, keyword: '  ' })).toEqual({ ok: false, error: '请填写 1 到 20 个字的口令' });
    expect(lotteryFormToRequest({ ...base, durationSeconds: '5' })).toEqual({ ok: false, error: '时长需为 10 到 3600 秒' });
  });
});
