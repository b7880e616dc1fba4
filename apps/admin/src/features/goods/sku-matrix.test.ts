import { saveGoodsRequestSchema } from '@livemall/shared';
import { cartesian, emptyDraft, matrixRows, toSaveRequest, type GoodsDraft } from './sku-matrix';

const specs = [
  { name: '颜色', valuesText: '红/蓝' },
  { name: '尺码', valuesText: 'S/M/L' },
];

describe('SKU matrix', () => {
  it('is the cartesian product of the spec values, in the specs’ order', () => {
    expect(cartesian([['红', '蓝'], ['S', 'M', 'L']])).toEqual([
      ['红', 'S'], ['红', 'M'], ['红', 'L'],
      ['蓝', 'S'], ['蓝', 'M'], ['蓝', 'L'],
    ]);
    expect(cartesian([])).toEqual([[]]);
    expect(matrixRows(specs, [])).toHaveLength(6);
  });

  it('keeps what was typed in a combination that still exists when the specs change', () => {
    const rows = matrixRows(specs, []).map((r) => (r.specValues.join() === '蓝,M' ? { ...r, price: '21', stock: '4' } : r));
    const next = matrixRows([{ name: '颜色', valuesText: '蓝，绿' }, { name: '尺码', valuesText: 'M' }], rows);
    expect(next.map((r) => [r.specValues.join(), r.price, r.stock])).toEqual([
      ['蓝,M', '21', '4'],
      ['绿,M', '', ''],
    ]);
  });

  it('turns "19.9" into exactly 1990 fen and passes the server’s schema', () => {
    const draft: GoodsDraft = { ...emptyDraft(), title: ' T恤 ', images: ['https://example.com/a.jpg'], specs, rows: matrixRows(specs, []).map((r) => ({ ...r, price: '19.9', stock: '3' })) };
    const result = toSaveRequest(draft);
    if (!result.ok) throw new Error(result.errors.join());
    expect(result.body.title).toBe('T恤');
    expect(result.body.skus.map((s) => s.priceFen)).toEqual([1990, 1990, 1990, 1990, 1990, 1990]);
    expect(saveGoodsRequestSchema.safeParse(result.body).success).toBe(true);
  });

  it('names every problem in words', () => {
    const bad: GoodsDraft = {
      ...emptyDraft(),
      specs: [{ name: '颜色', valuesText: '红/红' }, { name: '颜色', valuesText: '' }],
      rows: [{ key: 'x', specValues: ['红'], price: '0', originalPrice: '', stock: '1.5', code: null }, { key: 'y', specValues: ['蓝'], price: '1.234', originalPrice: '', stock: '-1', code: null }],
    };
    const result = toSaveRequest(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        '请填写商品标题',
        '请至少添加一张图片',
        '颜色的值「红」重复了',
        '规格名「颜色」重复了',
        '颜色至少要有一个值',
        '「红」的价格：必须大于 0',
        '「红」的库存：请填写 0 到 1000000 的整数',
        '「蓝」的价格：格式不对，最多两位小数，例如 19.90',
        '「蓝」的库存：请填写 0 到 1000000 的整数',
      ]),
    );
    const none = toSaveRequest({ ...emptyDraft(), title: 'a', images: ['https://e.com/a.png'], specs: [{ name: '颜色', valuesText: '' }], rows: [] });
    expect(none.ok === false && none.errors).toContain('至少要有一个 SKU：请给每个规格填写值');
  });
});
