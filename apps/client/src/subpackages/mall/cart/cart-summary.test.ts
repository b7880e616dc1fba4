import type { CartItem } from '@livemall/shared';
import { lineProblem, summarizeCart } from './cart-summary';

const shopA = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const shopB = '8b1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
let n = 0;
const line = (over: Partial<CartItem>): CartItem => {
  const id = `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  return { skuId: id, goodsId: id, merchantId: shopA, title: `商品 ${n}`, coverUrl: null, specText: '', priceFen: 100, stock: 10, quantity: 1, selected: true, available: true, ...over };
};

describe('summarizeCart', () => {
  it('totals the selected available lines from the server’s unit prices, in integer fen', () => {
    const items = [
      line({ priceFen: 1990, quantity: 3 }),
      line({ priceFen: 1, quantity: 99 }),
      line({ priceFen: 5000, quantity: 2, selected: false }),
      line({ priceFen: 7000, quantity: 1, available: false }), // ticked but gone: never counts
    ];
    const summary = summarizeCart(items);
    expect(summary.totalFen).toBe(1990 * 3 + 99);
    expect(Number.isInteger(summary.totalFen)).toBe(true);
    expect(summary.quantity).toBe(102);
    expect(summary.lines.map((l) => l.priceFen)).toEqual([1990, 1]);
    expect(summary.allSelected).toBe(false);
  });

  it('is all selected when every available line is, ignoring unavailable ones', () => {
    expect(summarizeCart([line({}), line({ available: false, selected: false })]).allSelected).toBe(true);
    expect(summarizeCart([line({ available: false })]).allSelected).toBe(false);
    expect(summarizeCart([]).totalFen).toBe(0);
  });

  it('groups the selection by shop so each checkout is one shop', () => {
    const items = [line({ priceFen: 100 }), line({ merchantId: shopB, priceFen: 250, quantity: 2 }), line({ priceFen: 300 })];
    const { shops } = summarizeCart(items);
    expect(shops.map((s) => [s.merchantId, s.lines.length, s.quantity, s.totalFen])).toEqual([
      [shopA, 2, 2, 400],
      [shopB, 1, 2, 500],
    ]);
  });
});

describe('lineProblem', () => {
  it('names why a line cannot be ordered as it stands', () => {
    expect(lineProblem(line({}))).toBeNull();
    expect(lineProblem(line({ available: false }))).toBe('已失效');
    expect(lineProblem(line({ stock: 0 }))).toBe('已售罄');
    expect(lineProblem(line({ stock: 2, quantity: 3 }))).toBe('仅剩 2 件');
  });
});
