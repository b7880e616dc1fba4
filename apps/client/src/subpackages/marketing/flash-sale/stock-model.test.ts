import { buyState, stockBar } from './stock-model';

describe('stockBar', () => {
  it('shows the units left of the total as a whole percent', () => {
    expect(stockBar(6, 10)).toEqual({ leftPercent: 60, soldText: '已抢 40%', leftText: '剩 6/10 件' });
    expect(stockBar(1, 3)).toEqual({ leftPercent: 33, soldText: '已抢 66%', leftText: '剩 1/3 件' });
  });

  it('keeps a sliver while one unit is left, and is empty when sold out', () => {
    expect(stockBar(1, 1000).leftPercent).toBe(1);
    expect(stockBar(0, 10)).toEqual({ leftPercent: 0, soldText: '已抢 100%', leftText: '已抢光' });
  });

  it('clamps figures the server could not mean', () => {
    expect(stockBar(12, 10).leftPercent).toBe(100);
    expect(stockBar(-1, 10).leftText).toBe('已抢光');
  });
});

describe('buyState', () => {
  it('follows the phase, then the stock, then the per-buyer limit', () => {
    expect(buyState({ unitsLeft: 5 }, 'upcoming', false).kind).toBe('upcoming');
    expect(buyState({ unitsLeft: 5 }, 'live', false)).toEqual({ kind: 'buy', label: '立即抢购' });
    expect(buyState({ unitsLeft: 0 }, 'live', true).kind).toBe('sold_out');
    expect(buyState({ unitsLeft: 5 }, 'live', true)).toEqual({ kind: 'limit', label: '已达限购' });
    expect(buyState({ unitsLeft: 5 }, 'ended', false).kind).toBe('ended');
  });
});
