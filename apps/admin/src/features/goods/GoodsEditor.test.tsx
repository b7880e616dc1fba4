import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeResponse } from './fake-response';
import { GoodsEditor } from './GoodsEditor';
import { draftOf, emptyDraft } from './sku-matrix';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const fill = (elementId: string, value: string) => fireEvent.change(document.getElementById(elementId)!, { target: { value } });

/** What the server answers a save with: the request echoed as a saved goods. */
function echoGoods(body: { title: string; images: string[]; specs: unknown[]; skus: Array<{ specValues: string[]; priceFen: number; stock: number }> }) {
  return {
    id: id(1), merchantId: id(2), title: body.title, coverUrl: body.images[0], priceFen: Math.min(...body.skus.map((s) => s.priceFen)),
    stock: 0, originalPriceFen: null, sales: 0, categoryId: null, images: body.images, videoUrl: null, descriptionHtml: '', specs: body.specs,
    skus: body.skus.map((s, i) => ({ id: id(10 + i), specValues: s.specValues, priceFen: s.priceFen, originalPriceFen: null, stock: s.stock, code: null })),
    onShelf: false,
  };
}

// antd renders slowly under jsdom on a shared machine.
jest.setTimeout(30_000);

describe('GoodsEditor', () => {
  let fetchMock: jest.Mock;
  beforeEach(() => {
    fetchMock = jest.fn(async (_url: string, init: RequestInit) => fakeResponse(echoGoods(JSON.parse(String(init.body))), 201));
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it('builds the 2×2 matrix from the specs and sends "19.9" yuan as exactly 1990 fen', async () => {
    const onSaved = jest.fn();
    render(<GoodsEditor initial={emptyDraft()} categories={[]} onSaved={onSaved} />);
    fill('goods-title', '纯棉 T恤');
    fill('goods-image-url', 'https://example.com/t.jpg');
    fireEvent.click(document.getElementById('goods-image-add')!);
    fireEvent.click(document.getElementById('spec-add')!);
    fill('spec-name-0', '颜色');
    fill('spec-values-0', '红/蓝');
    fireEvent.click(document.getElementById('spec-add')!);
    fill('spec-name-1', '尺码');
    fill('spec-values-1', 'S/M');
    for (let i = 0; i < 4; i++) {
      fill(`sku-${i}-price`, i < 2 ? '19.9' : '21');
      fill(`sku-${i}-stock`, String(i + 1));
    }
    expect(document.querySelectorAll('#sku-table tbody tr')).toHaveLength(4);
    await act(async () => fireEvent.click(document.getElementById('goods-save')!));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/merchant/goods');
    expect(init.method).toBe('POST');
    const body = JSON.parse(String(init.body));
    expect(body.specs).toEqual([{ name: '颜色', values: ['红', '蓝'] }, { name: '尺码', values: ['S', 'M'] }]);
    expect(body.skus.map((s: { specValues: string[]; priceFen: number; stock: number }) => [s.specValues.join('/'), s.priceFen, s.stock])).toEqual([
      ['红/S', 1990, 1],
      ['红/M', 1990, 2],
      ['蓝/S', 2100, 3],
      ['蓝/M', 2100, 4],
    ]);
  });

  it('shows what is wrong in words and sends nothing', async () => {
    render(<GoodsEditor initial={emptyDraft()} categories={[]} onSaved={jest.fn()} />);
    fill('sku-0-price', '0');
    fill('sku-0-stock', '2.5');
    fireEvent.click(document.getElementById('spec-add')!);
    fill('spec-name-0', '颜色');
    fill('spec-values-0', '红/红');
    fill('sku-0-price', '1.234');
    await act(async () => fireEvent.click(document.getElementById('goods-save')!));
    await waitFor(() => expect(document.getElementById('goods-errors')).toBeTruthy());
    const box = document.getElementById('goods-errors')!;
    expect(box.textContent).toContain('请填写商品标题');
    expect(box.textContent).toContain('请至少添加一张图片');
    expect(box.textContent).toContain('颜色的值「红」重复了');
    expect(box.textContent).toContain('「红」的价格：格式不对');
    expect(box.textContent).toContain('「红」的库存：请填写 0 到 1000000 的整数');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the server’s words when saving fails', async () => {
    fetchMock.mockResolvedValueOnce(fakeResponse({ code: 'CATEGORY_NOT_FOUND', message: '分类不存在' }, 404));
    render(<GoodsEditor initial={{ ...emptyDraft(), title: '杯子', images: ['https://e.com/a.png'], rows: [{ key: '[]', specValues: [], price: '9.90', originalPrice: '', stock: '1', code: null }] }} categories={[]} onSaved={jest.fn()} />);
    await act(async () => fireEvent.click(document.getElementById('goods-save')!));
    expect((await screen.findByText('分类不存在')).closest('#goods-errors')).toBeTruthy();
  });

  it('replaces an existing goods with PUT, keeping its SKU codes and video', async () => {
    const saved = echoGoods({ title: '杯子', images: ['https://e.com/a.png'], specs: [{ name: '容量', values: ['350ml', '500ml'] }], skus: [{ specValues: ['350ml'], priceFen: 3900, stock: 3 }, { specValues: ['500ml'], priceFen: 4900, stock: 0 }] });
    const goods = { ...saved, videoUrl: 'https://e.com/v.mp4', skus: saved.skus.map((k, i) => ({ ...k, code: `CUP-${i}` })) };
    const onSaved = jest.fn();
    render(<GoodsEditor goodsId={goods.id} initial={draftOf(goods as never)} categories={[]} onSaved={onSaved} />);
    expect((document.getElementById('sku-1-price') as HTMLInputElement).value).toBe('49.00');
    fill('sku-1-stock', '12');
    await act(async () => fireEvent.click(document.getElementById('goods-save')!));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0]!;
    expect([url, init.method]).toEqual([`/merchant/goods/${goods.id}`, 'PUT']);
    const body = JSON.parse(String(init.body));
    expect(body.videoUrl).toBe('https://e.com/v.mp4');
    expect(body.skus).toEqual([
      { specValues: ['350ml'], priceFen: 3900, originalPriceFen: null, stock: 3, code: 'CUP-0' },
      { specValues: ['500ml'], priceFen: 4900, originalPriceFen: null, stock: 12, code: 'CUP-1' },
    ]);
  });
});
