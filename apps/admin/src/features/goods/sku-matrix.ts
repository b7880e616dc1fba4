import { formatFen, MAX_SKUS, MAX_SPEC_VALUES, MAX_SPECS, MoneyFormatError, parseYuan, type GoodsDetail, type SaveGoodsRequest } from '@livemall/shared';

/** A spec as the editor holds it: values typed as one text, split on / , ， 、 (so "红/蓝" is two values). */
export interface SpecDraft {
  name: string;
  valuesText: string;
}

/** One row of the matrix: money and stock are kept as the merchant typed them, converted only on save. */
export interface SkuRow {
  key: string;
  specValues: string[];
  price: string;
  originalPrice: string;
  stock: string;
  /** Kept from the saved SKU so an edit does not wipe it (the editor does not show it). */
  code: string | null;
}

export interface GoodsDraft {
  title: string;
  categoryId: string | null;
  images: string[];
  descriptionHtml: string;
  /** Not edited here (uploads come later); kept so saving does not drop it. */
  videoUrl: string | null;
  specs: SpecDraft[];
  rows: SkuRow[];
  onShelf: boolean;
}

export const splitValues = (text: string): string[] =>
  text
    .split(/[/,，、]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');

export const rowKey = (specValues: string[]): string => JSON.stringify(specValues);

/** Every combination of the specs' values, in the specs' order (one empty combination when there are no specs). */
export function cartesian(values: string[][]): string[][] {
  return values.reduce<string[][]>((acc, vs) => acc.flatMap((prefix) => vs.map((v) => [...prefix, v])), [[]]);
}

const blankRow = (specValues: string[]): SkuRow => ({ key: rowKey(specValues), specValues, price: '', originalPrice: '', stock: '', code: null });

/**
 * The rows for these specs: one per combination, a combination that existed before keeps what was typed
 * in it (renaming a value is a new combination). Duplicate values collapse here; validation names them.
 */
export function matrixRows(specs: SpecDraft[], previous: SkuRow[]): SkuRow[] {
  const kept = new Map(previous.map((r) => [r.key, r]));
  const combos = cartesian(specs.map((s) => [...new Set(splitValues(s.valuesText))]));
  return combos.map((specValues) => kept.get(rowKey(specValues)) ?? blankRow(specValues));
}

const fenText = (fen: number | null): string => (fen === null ? '' : formatFen(fen, { symbol: false }));

/** The draft of a saved goods (the editor opens an existing one with its own figures). */
export function draftOf(goods: GoodsDetail): GoodsDraft {
  return {
    title: goods.title,
    categoryId: goods.categoryId,
    images: [...goods.images],
    descriptionHtml: goods.descriptionHtml,
    videoUrl: goods.videoUrl,
    specs: goods.specs.map((s) => ({ name: s.name, valuesText: s.values.join('/') })),
    rows: goods.skus.map((s) => ({
      key: rowKey(s.specValues),
      specValues: s.specValues,
      price: fenText(s.priceFen),
      originalPrice: fenText(s.originalPriceFen),
      stock: String(s.stock),
      code: s.code,
    })),
    onShelf: goods.onShelf,
  };
}

export const emptyDraft = (): GoodsDraft => ({ title: '', categoryId: null, images: [], descriptionHtml: '', videoUrl: null, specs: [], rows: [blankRow([])], onShelf: false });

const rowLabel = (row: SkuRow): string => (row.specValues.length ? `「${row.specValues.join(' / ')}」` : '商品');

const MAX_FEN = 100_000_000;

/** A yuan text as fen, or the words saying what is wrong with it. */
function yuanToFen(text: string, label: string): number | string {
  if (text.trim() === '') return `${label}：请填写`;
  let fen: number;
  try {
    fen = parseYuan(text);
  } catch (e) {
    if (e instanceof MoneyFormatError) return `${label}：格式不对，最多两位小数，例如 19.90`;
    throw e;
  }
  if (fen <= 0) return `${label}：必须大于 0`;
  if (fen > MAX_FEN) return `${label}：不能超过 1000000.00 元`;
  return fen;
}

const isUrl = (text: string): boolean => {
  try {
    const u = new URL(text);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'data:';
  } catch {
    return false;
  }
};

/**
 * The request the server's `saveGoodsRequestSchema` takes, or every problem in words (all at once, so
 * the merchant fixes them in one pass). Prices go from the typed yuan text to fen through `parseYuan`.
 */
export function toSaveRequest(draft: GoodsDraft): { ok: true; body: SaveGoodsRequest } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const title = draft.title.trim();
  if (!title) errors.push('请填写商品标题');
  else if (title.length > 120) errors.push('商品标题不能超过 120 个字');
  if (draft.images.length === 0) errors.push('请至少添加一张图片');
  if (draft.images.length > 9) errors.push('图片最多 9 张');
  draft.images.forEach((url, i) => {
    if (!isUrl(url) || url.length > 512) errors.push(`第 ${i + 1} 张图片的地址不是有效的网址`);
  });
  if (draft.specs.length > MAX_SPECS) errors.push(`规格最多 ${MAX_SPECS} 种`);
  const names = new Set<string>();
  const specs = draft.specs.map((s, i) => {
    const name = s.name.trim();
    const values = splitValues(s.valuesText);
    if (!name) errors.push(`第 ${i + 1} 个规格没有名称`);
    else if (name.length > 20) errors.push(`规格名「${name}」不能超过 20 个字`);
    else if (names.has(name)) errors.push(`规格名「${name}」重复了`);
    names.add(name);
    const label = name || `第 ${i + 1} 个规格`;
    if (values.length === 0) errors.push(`${label}至少要有一个值`);
    if (values.length > MAX_SPEC_VALUES) errors.push(`${label}的值最多 ${MAX_SPEC_VALUES} 个`);
    const seen = new Set<string>();
    for (const v of values) {
      if (seen.has(v)) errors.push(`${label}的值「${v}」重复了`);
      if (v.length > 20) errors.push(`${label}的值「${v}」不能超过 20 个字`);
      seen.add(v);
    }
    return { name, values: [...seen] };
  });
  if (draft.rows.length === 0) errors.push('至少要有一个 SKU：请给每个规格填写值');
  if (draft.rows.length > MAX_SKUS) errors.push(`SKU 最多 ${MAX_SKUS} 个，现在是 ${draft.rows.length} 个`);
  const skus = draft.rows.map((row) => {
    const label = rowLabel(row);
    const price = yuanToFen(row.price, `${label}的价格`);
    if (typeof price === 'string') errors.push(price);
    let original: number | null = null;
    if (row.originalPrice.trim() !== '') {
      const o = yuanToFen(row.originalPrice, `${label}的划线价`);
      if (typeof o === 'string') errors.push(o);
      else if (typeof price === 'number' && o < price) errors.push(`${label}的划线价不能低于价格`);
      else original = o;
    }
    const stockText = row.stock.trim();
    const stock = Number(stockText);
    if (!/^\d+$/.test(stockText) || stock > 1_000_000) errors.push(`${label}的库存：请填写 0 到 1000000 的整数`);
    return { specValues: row.specValues, priceFen: typeof price === 'number' ? price : 0, originalPriceFen: original, stock, code: row.code };
  });
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    body: {
      title,
      categoryId: draft.categoryId,
      images: draft.images,
      videoUrl: draft.videoUrl,
      descriptionHtml: draft.descriptionHtml,
      specs,
      skus,
      onShelf: draft.onShelf,
    },
  };
}
