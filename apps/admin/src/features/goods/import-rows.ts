import { formatFen, MoneyFormatError, parseYuan, type Category, type SaveGoodsRequest } from '@livemall/shared';
import { parseCsv } from './csv';
import { cartesian, rowKey, toSaveRequest, type SkuRow } from './sku-matrix';

/** The columns the import reads; `title` and `price_yuan` and `stock` are required, the rest may be empty. */
export const IMPORT_COLUMNS = ['title', 'category', 'price_yuan', 'stock', 'image_url', 'spec', 'description'] as const;
export const IMPORT_EXAMPLE = [
  'title,category,price_yuan,stock,image_url,spec,description',
  'T恤,,19.9,10,https://example.com/t.jpg,颜色:红;尺码:S,纯棉',
  'T恤,,19.9,8,,颜色:红;尺码:M,',
  'T恤,,21,5,,颜色:蓝;尺码:S,',
  'T恤,,21,0,,颜色:蓝;尺码:M,',
  '"保温杯, 500ml",,59.00,30,https://example.com/cup.jpg,,',
].join('\n');

export interface ImportGoods {
  title: string;
  lines: number[];
  body: SaveGoodsRequest;
}
export interface LineError {
  line: number;
  message: string;
}

interface Row {
  line: number;
  title: string;
  category: string;
  priceFen: number;
  stock: number;
  imageUrl: string;
  spec: [string, string][];
  description: string;
}

/** "颜色:红;尺码:S" → [["颜色","红"],["尺码","S"]] (full-width ：and ； too); an error text when malformed. */
function parseSpec(text: string): [string, string][] | string {
  if (text.trim() === '') return [];
  const pairs = text.split(/[;；]/).map((p) => p.trim()).filter(Boolean);
  const out: [string, string][] = [];
  for (const p of pairs) {
    const m = /^([^:：]+)[:：](.+)$/.exec(p);
    if (!m) return `规格「${p}」应写成 规格名:值，多个用 ; 分隔，例如 颜色:红;尺码:S`;
    out.push([m[1]!.trim(), m[2]!.trim()]);
  }
  return out;
}

/**
 * Reads the CSV line by line: every problem is reported with its line number (the header is line 1), and
 * rows with the same title become one goods whose specs are the values its rows use — each row one SKU,
 * every combination present once. Category names are matched to the shop's categories.
 */
export function readImport(text: string, categories: Category[]): { goods: ImportGoods[]; errors: LineError[] } {
  const records = parseCsv(text);
  const errors: LineError[] = [];
  const header = records.shift();
  if (!header) return { goods: [], errors: [{ line: 1, message: '文件是空的' }] };
  const index = new Map(header.fields.map((h, i) => [h.trim().toLowerCase(), i]));
  const missing = ['title', 'price_yuan', 'stock'].filter((c) => !index.has(c));
  if (missing.length) return { goods: [], errors: [{ line: 1, message: `表头缺少列：${missing.join('、')}（需要 ${IMPORT_COLUMNS.join(',')}）` }] };
  const cell = (fields: string[], name: string) => (index.has(name) ? (fields[index.get(name)!] ?? '').trim() : '');
  const byName = new Map(categories.map((c) => [c.name, c.id]));

  const rows: Row[] = [];
  for (const { line, fields } of records) {
    const problems: string[] = [];
    const title = cell(fields, 'title');
    if (!title) problems.push('标题为空');
    const priceText = cell(fields, 'price_yuan');
    let priceFen = 0;
    try {
      priceFen = parseYuan(priceText);
      if (priceFen <= 0) problems.push(`价格「${priceText}」必须大于 0`);
    } catch (e) {
      if (!(e instanceof MoneyFormatError)) throw e;
      problems.push(priceText ? `价格「${priceText}」不是金额（元，最多两位小数，例如 19.90）` : '价格为空');
    }
    const stockText = cell(fields, 'stock');
    if (!/^\d+$/.test(stockText) || Number(stockText) > 1_000_000) problems.push(`库存「${stockText}」应是 0 到 1000000 的整数`);
    const category = cell(fields, 'category');
    if (category && !byName.has(category)) problems.push(`分类「${category}」不存在`);
    const spec = parseSpec(cell(fields, 'spec'));
    if (typeof spec === 'string') problems.push(spec);
    if (problems.length) errors.push({ line, message: problems.join('；') });
    else rows.push({ line, title, category, priceFen, stock: Number(stockText), imageUrl: cell(fields, 'image_url'), spec: spec as [string, string][], description: cell(fields, 'description') });
  }

  const groups = new Map<string, Row[]>();
  for (const r of rows) groups.set(r.title, [...(groups.get(r.title) ?? []), r]);
  const goods: ImportGoods[] = [];
  for (const [title, group] of groups) {
    const lines = group.map((r) => r.line);
    const where = `第 ${lines.join('、')} 行（${title}）`;
    const first = group[0]!;
    const names = first.spec.map(([n]) => n);
    const odd = group.find((r) => rowKey(r.spec.map(([n]) => n)) !== rowKey(names));
    if (odd) {
      errors.push({ line: odd.line, message: `${where}：同一商品的每行规格名要一样且顺序相同（第 ${first.line} 行是「${names.join(';') || '无规格'}」）` });
      continue;
    }
    const values = names.map((_, j) => [...new Set(group.map((r) => r.spec[j]![1]))]);
    const seen = new Map<string, number>();
    const rowsByKey = new Map<string, SkuRow>();
    let broken = false;
    for (const r of group) {
      const specValues = r.spec.map(([, v]) => v);
      const key = rowKey(specValues);
      if (seen.has(key)) {
        errors.push({ line: r.line, message: `${where}：规格「${specValues.join(' / ') || '无规格'}」和第 ${seen.get(key)} 行重复` });
        broken = true;
      }
      seen.set(key, r.line);
      rowsByKey.set(key, { key, specValues, price: formatFen(r.priceFen, { symbol: false }), originalPrice: '', stock: String(r.stock), code: null });
    }
    if (broken) continue;
    const absent = cartesian(values).filter((c) => !rowsByKey.has(rowKey(c)));
    if (absent.length) {
      errors.push({ line: first.line, message: `${where}：缺少规格组合 ${absent.map((c) => `「${c.join(' / ')}」`).join('、')}，每种组合都要一行` });
      continue;
    }
    const images = [...new Set(group.map((r) => r.imageUrl).filter(Boolean))];
    const checked = toSaveRequest({
      title,
      categoryId: first.category ? byName.get(first.category)! : null,
      images,
      descriptionHtml: first.description,
      videoUrl: null,
      specs: names.map((name, j) => ({ name, valuesText: values[j]!.join('/') })),
      rows: cartesian(values).map((c) => rowsByKey.get(rowKey(c))!),
      onShelf: false,
    });
    if (!checked.ok) errors.push({ line: first.line, message: `${where}：${checked.errors.join('；')}` });
    else goods.push({ title, lines, body: checked.body });
  }
  errors.sort((a, b) => a.line - b.line);
  return { goods, errors };
}
