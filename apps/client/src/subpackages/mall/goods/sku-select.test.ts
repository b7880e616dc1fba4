import type { Sku, Spec } from '@livemall/shared';
import { initialChoice, maxQuantity, missingSpecs, priceRange, resolveSku, specOptions, toggleValue } from './sku-select';

const specs: Spec[] = [
  { name: '颜色', values: ['红', '蓝', '绿'] },
  { name: '尺码', values: ['S', 'M'] },
];
let n = 0;
const sku = (color: string, size: string, stock: number, priceFen = 1000): Sku => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  specValues: [color, size],
  priceFen,
  originalPriceFen: null,
  stock,
  code: null,
});
// 绿 is sold out in every size; 蓝 only in S; 红 in both.
const skus = [sku('红', 'S', 3, 1000), sku('红', 'M', 5, 1200), sku('蓝', 'S', 0, 1100), sku('蓝', 'M', 2, 1300), sku('绿', 'S', 0), sku('绿', 'M', 0)];

const enabled = (choice: (string | null)[]) => specOptions(specs, skus, choice).map((row) => row.filter((o) => o.enabled).map((o) => o.value));

describe('spec selector', () => {
  it('disables a value no SKU in stock has, whatever else is chosen', () => {
    expect(enabled([null, null])).toEqual([['红', '蓝'], ['S', 'M']]);
  });

  it('disables values that, with the other specs’ picks, lead to no SKU in stock', () => {
    // 蓝 S is out of stock: with 蓝 chosen, S goes grey; with S chosen, 蓝 goes grey.
    expect(enabled(['蓝', null])).toEqual([['红', '蓝'], ['M']]);
    expect(enabled([null, 'S'])).toEqual([['红'], ['S', 'M']]);
    // A spec's own choice never greys out its siblings: the buyer can switch 红 → 蓝 directly.
    expect(enabled(['红', 'M'])).toEqual([['红', '蓝'], ['S', 'M']]);
  });

  it('marks the chosen values', () => {
    const rows = specOptions(specs, skus, ['红', null]);
    expect(rows[0]!.filter((o) => o.selected).map((o) => o.value)).toEqual(['红']);
    expect(rows[1]!.some((o) => o.selected)).toBe(false);
  });

  it('toggles values on and off and ignores taps on disabled ones', () => {
    let choice = toggleValue(specs, skus, [null, null], 0, '蓝');
    expect(choice).toEqual(['蓝', null]);
    expect(toggleValue(specs, skus, choice, 1, 'S')).toBe(choice); // 蓝 S is sold out
    choice = toggleValue(specs, skus, choice, 1, 'M');
    expect(choice).toEqual(['蓝', 'M']);
    choice = toggleValue(specs, skus, choice, 0, '红');
    expect(choice).toEqual(['红', 'M']);
    expect(toggleValue(specs, skus, choice, 0, '红')).toEqual([null, 'M']);
    expect(toggleValue(specs, skus, [null, null], 0, '绿')).toEqual([null, null]);
  });

  it('resolves the SKU only when every spec is chosen', () => {
    expect(resolveSku(skus, ['红', null])).toBeNull();
    expect(resolveSku(skus, ['红', 'M'])).toBe(skus[1]);
    expect(resolveSku(skus, ['蓝', 'M'])?.priceFen).toBe(1300);
    expect(missingSpecs(specs, ['红', null])).toEqual(['尺码']);
  });

  it('resolves the only SKU of a goods without specs at once', () => {
    const only = sku('', '', 7);
    const plain = { ...only, specValues: [] };
    expect(initialChoice([], [plain])).toEqual([]);
    expect(resolveSku([plain], [])).toBe(plain);
    expect(specOptions([], [plain], [])).toEqual([]);
  });

  it('preselects the only SKU in stock, and nothing when there is a choice to make', () => {
    const single = [sku('红', 'S', 0), sku('红', 'M', 4), sku('蓝', 'S', 0), sku('蓝', 'M', 0)];
    expect(initialChoice(specs, single)).toEqual(['红', 'M']);
    expect(initialChoice(specs, skus)).toEqual([null, null]);
  });

  it('shows the price range of what the pick still allows', () => {
    expect(priceRange(skus, [null, null])).toEqual({ min: 1000, max: 1300 });
    expect(priceRange(skus, [null, 'M'])).toEqual({ min: 1200, max: 1300 });
    expect(priceRange(skus, ['红', 'S'])).toEqual({ min: 1000, max: 1000 });
  });

  it('bounds the quantity by the stock and the 99 line limit', () => {
    expect(maxQuantity(skus[0]!)).toBe(3);
    expect(maxQuantity({ ...skus[0]!, stock: 500 })).toBe(99);
    expect(maxQuantity(null)).toBe(99);
  });
});
