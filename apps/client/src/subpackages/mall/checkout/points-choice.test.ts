import { pointsForOrder, pointsRow, pointsWanted } from './points-choice';

const quote = (balance: number, maxPoints: number, usedPoints = 0, deductionFen = 0) => ({ points: { balance, maxPoints, usedPoints, deductionFen } });

describe('points-choice', () => {
  it('asks for the most the order can take only when on', () => {
    expect(pointsWanted(false, quote(500, 300))).toBe(0);
    expect(pointsWanted(true, quote(500, 300))).toBe(300);
    expect(pointsWanted(true, null)).toBe(0);
    expect(pointsWanted(true, {})).toBe(0);
  });

  it('orders with the points the shown figures spent', () => {
    expect(pointsForOrder(true, quote(500, 300, 300, 300))).toEqual({ pointsToUse: 300 });
    expect(pointsForOrder(false, quote(500, 300, 300, 300))).toEqual({});
    expect(pointsForOrder(true, quote(500, 300))).toEqual({});
  });

  it('words the row', () => {
    expect(pointsRow(true, quote(500, 300, 300, 300))).toEqual({ usable: true, text: '用 300 积分抵 ¥3.00' });
    expect(pointsRow(false, quote(500, 300))).toEqual({ usable: true, text: '共 500 积分，本单最多可用 300' });
    expect(pointsRow(false, quote(50, 0))).toEqual({ usable: false, text: '共 50 积分，本单不可用' });
    expect(pointsRow(false, quote(0, 0))).toEqual({ usable: false, text: '暂无积分' });
    expect(pointsRow(false, {})).toBeNull();
  });
});
