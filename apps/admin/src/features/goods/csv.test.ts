import type { Category } from '@livemall/shared';
import { parseCsv, toCsv } from './csv';
import { IMPORT_EXAMPLE, readImport } from './import-rows';

const cats: Category[] = [{ id: '11111111-1111-4111-8111-111111111111', name: '服饰', parentId: null, sort: 0 }];

describe('CSV', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and numbers records by their first line', () => {
    const text = '\uFEFFa,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n\n3,4';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 3, fields: ['two\nlines', 'z'] },
      { line: 6, fields: ['3', '4'] },
    ]);
  });

  it('writes what it reads back (BOM, quoting)', () => {
    const rows = [['订单号', '备注'], ['1', 'a, "b"\nc']];
    const text = toCsv(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(text).map((r) => r.fields)).toEqual(rows);
  });
});

describe('goods import', () => {
  it('groups rows by title into specs and SKUs, prices in exact fen', () => {
    const { goods, errors } = readImport(IMPORT_EXAMPLE, cats);
    expect(errors).toEqual([]);
    expect(goods.map((g) => g.title)).toEqual(['T恤', '保温杯, 500ml']);
    const shirt = goods[0]!.body;
    expect(shirt.specs).toEqual([{ name: '颜色', values: ['红', '蓝'] }, { name: '尺码', values: ['S', 'M'] }]);
    expect(shirt.skus.map((s) => [s.specValues.join('/'), s.priceFen, s.stock])).toEqual([
      ['红/S', 1990, 10], ['红/M', 1990, 8], ['蓝/S', 2100, 5], ['蓝/M', 2100, 0],
    ]);
    expect(goods[0]!.lines).toEqual([2, 3, 4, 5]);
    expect(goods[1]!.body.skus).toEqual([expect.objectContaining({ specValues: [], priceFen: 5900, stock: 30 })]);
  });

  it('reports a bad line by its number, in words, and still imports the rest', () => {
    const csv = [
      'title,category,price_yuan,stock,image_url',
      '杯子,,12.5,3,https://e.com/a.jpg',
      '"坏, 价格",服饰,12.345,3,https://e.com/b.jpg',
      '帽子,鞋子,8,2.5,https://e.com/c.jpg',
      '袜子,服饰,5,1,',
    ].join('\n');
    const { goods, errors } = readImport(csv, cats);
    expect(goods.map((g) => g.title)).toEqual(['杯子']);
    expect(errors).toEqual([
      { line: 3, message: '价格「12.345」不是金额（元，最多两位小数，例如 19.90）' },
      { line: 4, message: '库存「2.5」应是 0 到 1000000 的整数；分类「鞋子」不存在' },
      { line: 5, message: '第 5 行（袜子）：请至少添加一张图片' },
    ]);
  });

  it('names a missing combination and a duplicate one', () => {
    const csv = ['title,price_yuan,stock,image_url,spec', 'T,1,1,https://e.com/a.jpg,颜色:红;尺码:S', 'T,1,1,,颜色:蓝;尺码:M', 'U,1,1,https://e.com/a.jpg,颜色:红', 'U,1,1,,颜色:红'].join('\n');
    const { goods, errors } = readImport(csv, cats);
    expect(goods).toEqual([]);
    expect(errors.map((e) => e.line)).toEqual([2, 5]);
    expect(errors[0]!.message).toContain('缺少规格组合 「红 / M」、「蓝 / S」');
    expect(errors[1]!.message).toContain('和第 4 行重复');
  });

  it('refuses a file without the required columns', () => {
    expect(readImport('name,price\n a,1', cats).errors).toEqual([{ line: 1, message: '表头缺少列：title、price_yuan、stock（需要 title,category,price_yuan,stock,image_url,spec,description）' }]);
  });
});
