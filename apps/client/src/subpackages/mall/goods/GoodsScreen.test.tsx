import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { GoodsDetail } from '@livemall/shared';
import { fakeRequest, json } from '@/test/fake-request';
import { GoodsScreen } from './index';

const mockRequest = jest.fn();
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest(
    (options) => mockRequest(options),
  ),
);

const skuId = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const goods: GoodsDetail = {
  id: '6f1c1c1e-6b0e-4a53-9a55-1f7d2f5d7e01',
  merchantId: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  title: '纯棉T恤',
  coverUrl: null,
  priceFen: 5900,
  originalPriceFen: null,
  stock: 7,
  sales: 12,
  categoryId: null,
  images: [],
  videoUrl: null,
  descriptionHtml: '<p>舒服</p>',
  specs: [
    { name: '颜色', values: ['白', '黑'] },
    { name: '尺码', values: ['M', 'L'] },
  ],
  skus: [
    { id: skuId(1), specValues: ['白', 'M'], priceFen: 5900, originalPriceFen: 7900, stock: 5, code: null },
    { id: skuId(2), specValues: ['白', 'L'], priceFen: 6900, originalPriceFen: null, stock: 0, code: null },
    { id: skuId(3), specValues: ['黑', 'M'], priceFen: 6500, originalPriceFen: null, stock: 2, code: null },
    { id: skuId(4), specValues: ['黑', 'L'], priceFen: 6900, originalPriceFen: null, stock: 0, code: null },
  ],
  onShelf: true,
};

const value = (spec: number, index: number) => document.getElementById(`goods-spec-${spec}-${index}`)!;

describe('GoodsScreen', () => {
  let fake: ReturnType<typeof fakeRequest>;
  beforeEach(() => {
    fake = fakeRequest((c) => (c.method === 'POST' && c.url.endsWith('/me/cart/items') ? json(200, { items: [] }) : json(404, { code: 'NOT_FOUND', message: 'no' })));
    mockRequest.mockImplementation(fake.request);
  });

  it('greys out sold-out values, shows the chosen SKU’s price and stock, and bounds the quantity by it', () => {
    render(<GoodsScreen goods={goods} onStale={jest.fn()} />);
    expect(screen.getByText('¥59.00 起')).toBeTruthy();
    // L is sold out in every colour.
    expect(value(1, 1).className).toContain('specs__value--off');
    fireEvent.click(value(1, 1));
    expect(value(1, 1).className).not.toContain('specs__value--on');

    fireEvent.click(value(0, 1)); // 黑
    fireEvent.click(value(1, 0)); // M
    expect(document.getElementById('goods-price')!.textContent).toBe('¥65.00');
    expect(document.getElementById('goods-stock')!.textContent).toBe('库存 2');
    fireEvent.click(document.getElementById('goods-qty-plus')!);
    fireEvent.click(document.getElementById('goods-qty-plus')!);
    expect(document.getElementById('goods-qty-value')!.textContent).toBe('2');
    expect(document.getElementById('goods-qty-plus')!.className).toContain('stepper__btn--off');
  });

  it('asks for the missing spec, then adds the resolved SKU with its quantity to the cart', async () => {
    render(<GoodsScreen goods={goods} onStale={jest.fn()} />);
    fireEvent.click(value(0, 0)); // 白
    fireEvent.click(document.getElementById('goods-add')!);
    expect(document.getElementById('goods-message')!.textContent).toBe('请选择 尺码');
    // Only the 相关内容 list was asked for: nothing went to the cart.
    expect(fake.calls.filter((c) => !c.url.endsWith('/contents'))).toHaveLength(0);

    fireEvent.click(value(1, 0)); // M
    expect(screen.getByText('¥79.00')).toBeTruthy(); // the crossed-out price
    fireEvent.click(document.getElementById('goods-qty-plus')!);
    await act(async () => {
      fireEvent.click(document.getElementById('goods-add')!);
    });
    await waitFor(() => expect(fake.calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(fake.calls.find((c) => c.method === 'POST')!.data).toEqual({ skuId: skuId(1), quantity: 2 });
  });
});
