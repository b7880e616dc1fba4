import { render, screen, waitFor } from '@testing-library/react';
import { emptyPage, fakeServer } from '../common/fake-server';
import { fill, submit } from '../common/form-helpers';
import { pick } from '../common/select-helpers';
import { FlashSaleForm } from './FlashSaleForm';

const skuId = '00000000-0000-4000-8000-0000000000a1';
const goods = {
  id: '00000000-0000-4000-8000-0000000000b1',
  merchantId: '00000000-0000-4000-8000-0000000000c1',
  title: '赣南脐橙',
  coverUrl: null,
  priceFen: 3990,
  stock: 8,
  originalPriceFen: null,
  sales: 0,
  categoryId: null,
  images: [],
  videoUrl: null,
  descriptionHtml: '',
  specs: [],
  skus: [{ id: skuId, specValues: ['5斤'], priceFen: 3990, originalPriceFen: null, stock: 8, code: null }],
  onShelf: true,
};

const sale = (body: Record<string, unknown>) => ({
  id: '00000000-0000-4000-8000-0000000000d1',
  merchantId: goods.merchantId,
  goodsId: goods.id,
  title: goods.title,
  coverUrl: null,
  specText: '5斤',
  normalPriceFen: 3990,
  unitsLeft: body.totalUnits,
  status: 'live',
  unitsOrdered: 0,
  unitsPaid: 0,
  unitsReturned: null,
  stoppedAt: null,
  createdAt: new Date().toISOString(),
  ...body,
});

// antd forms in jsdom are slow on a shared machine.
jest.setTimeout(30_000);

describe('FlashSaleForm', () => {
  it('checks price, units and limits in words against the chosen SKU, then sends exact fen', async () => {
    const api = fakeServer({
      'GET /merchant/goods': { json: { ...emptyPage, items: [goods] } },
      'POST /merchant/flash-sales': (s) => ({ status: 201, json: sale(s.body as Record<string, unknown>) }),
    });
    const created = jest.fn();
    render(<FlashSaleForm onCreated={created} />);
    await submit('fs-submit');
    expect(await screen.findByText('请选择参加活动的商品规格')).toBeTruthy();
    expect(screen.getByText('请填写秒杀价')).toBeTruthy();
    expect(screen.getByText('请填写秒杀数量')).toBeTruthy();

    await pick('fs-sku', '脐橙', /赣南脐橙 · 5斤/);
    fill('fs-price', '39.90');
    fill('fs-units', '9');
    fill('fs-per-user', '0');
    await submit('fs-submit');
    expect(await screen.findByText('秒杀价须低于该规格的原价 ¥39.90')).toBeTruthy();
    expect(screen.getByText('秒杀数量不能超过该规格的库存（8 件）')).toBeTruthy();
    expect(screen.getByText('每人限购须在 1 到 99 之间')).toBeTruthy();
    expect(api.posted('POST', '/merchant/flash-sales')).toHaveLength(0);

    fill('fs-price', '19.9');
    fill('fs-units', '8');
    fill('fs-per-user', '2');
    await submit('fs-submit');
    await waitFor(() => expect(created).toHaveBeenCalled());
    const body = api.posted('POST', '/merchant/flash-sales')[0]!.body as Record<string, unknown>;
    expect(body).toMatchObject({ skuId, salePriceFen: 1990, totalUnits: 8, perUserLimit: 2, payMinutes: 5 });
    expect(Date.parse(body.endsAt as string)).toBeGreaterThan(Date.parse(body.startsAt as string));
  });

  it("words the server's stock refusal", async () => {
    fakeServer({
      'GET /merchant/goods': { json: { ...emptyPage, items: [goods] } },
      'POST /merchant/flash-sales': { status: 409, json: { code: 'OUT_OF_STOCK', message: 'not enough stock' } },
    });
    render(<FlashSaleForm onCreated={jest.fn()} />);
    await pick('fs-sku', '脐橙', /赣南脐橙 · 5斤/);
    fill('fs-price', '9.9');
    fill('fs-units', '3');
    await submit('fs-submit');
    expect((await screen.findByText('库存不足：活动数量不能超过该规格的库存')).closest('#fs-error')).toBeTruthy();
  });
});
