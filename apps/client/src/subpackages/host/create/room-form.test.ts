import { roomFormToRequest } from './room-form';

const now = new Date(2025, 10, 22, 12, 0);
const base = { title: ' 周末草莓专场 ', anchorName: '小林', coverUrl: '', date: '', time: '' };

describe('roomFormToRequest', () => {
  it('trims, drops an empty cover and leaves an unannounced start out', () => {
    expect(roomFormToRequest(base, now)).toEqual({
      ok: true,
      body: { title: '周末草莓专场', anchorName: '小林', coverUrl: null, scheduledAt: null },
    });
  });

  it('turns the local date and time into an instant', () => {
    const result = roomFormToRequest({ ...base, date: '2025-11-23', time: '20:30' }, now);
    expect(result.ok && result.body.scheduledAt).toBe(new Date(2025, 10, 23, 20, 30).toISOString());
  });

  it('says what is wrong in words', () => {
    expect(roomFormToRequest({ ...base, title: '  ' }, now)).toEqual({ ok: false, error: '请填写 1 到 80 个字的标题' });
    expect(roomFormToRequest({ ...base, anchorName: '' }, now)).toEqual({ ok: false, error: '请填写 1 到 64 个字的主播名' });
    expect(roomFormToRequest({ ...base, coverUrl: 'not a url' }, now)).toEqual({ ok: false, error: '封面需为 https:// 开头的网址' });
    expect(roomFormToRequest({ ...base, coverUrl: 'http://cdn.example.com/a.jpg' }, now)).toEqual({ ok: false, error: '封面需为 https:// 开头的网址' });
    expect(roomFormToRequest({ ...base, date: '2025-11-21', time: '20:00' }, now)).toEqual({ ok: false, error: '开播时间需在将来' });
  });
});
