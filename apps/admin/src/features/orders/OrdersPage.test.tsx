import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeResponse } from '../goods/fake-response';
import { OrdersPage } from './OrdersPage';

jest.setTimeout(30_000);

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const order = (n: number, status: string) => ({
  id: uuid(n), no: `LM${n}`, userId: uuid(100), merchantId: uuid(101), status, source: 'mall', sourceId: null,
  items: [{ id: uuid(200 + n), skuId: uuid(300), goodsId: uuid(301), title: 'T恤', specText: '红 / S', coverUrl: null, priceFen: 1990, quantity: 2, refundedQuantity: 0, discountFen: 0 }],
  itemsFen: 3980, shippingFen: 800, discountFen: 0, totalFen: 4780, couponId: null, refundedFen: 0,
  address: { name: '王小明', phone: '13912345678', province: '浙江省', city: '杭州市', district: '西湖区', detail: '文三路 1 号' },
  createdAt: '2026-12-07T02:00:00.000Z', payDeadline: '2026-12-07T02:15:00.000Z', paidAt: null, shippedAt: null, carrier: null, trackingNo: null,
  completedAt: null, cancelledAt: null, cancelReason: null,
  refunds: status === 'shipped' ? [{ id: uuid(400), orderItemId: uuid(200 + n), quantity: 1, amountFen: 1990, reason: '不合适', status: 'requested', note: null, createdAt: '2026-12-07T02:30:00.000Z' }] : [],
});

describe('OrdersPage', () => {
  let fetchMock: jest.Mock;
  beforeEach(() => {
    fetchMock = jest.fn(async (url: string) => {
      const status = new URL(url, 'http://x').searchParams.get('status');
      const items = status === 'paid' ? [order(2, 'paid')] : [order(1, 'shipped'), order(2, 'paid')];
      return fakeResponse({ items, nextCursor: null });
    });
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it('lists orders with the buyer masked and the amount in yuan, and filters by state', async () => {
    render(<OrdersPage />);
    await waitFor(() => expect(document.getElementById('order-row-LM1')).toBeTruthy());
    const row = document.getElementById('order-row-LM1')!.textContent!;
    expect(row).toContain('王** 139****5678');
    expect(row).toContain('¥47.80');
    expect(row).toContain('已发货');
    expect(row).toContain('退款待处理');
    expect(row).not.toContain('王小明');
    await act(async () => fireEvent.click(document.getElementById('orders-tab-paid')!));
    await waitFor(() => expect(document.getElementById('order-row-LM1')).toBeNull());
    expect(fetchMock.mock.calls.at(-1)![0]).toBe('/merchant/orders?status=paid&limit=20');
    expect(document.getElementById('order-row-LM2')!.textContent).toContain('待发货');
  });

  it('opens the drawer with the full address and the refund to decide', async () => {
    render(<OrdersPage />);
    await waitFor(() => expect(document.getElementById('order-row-LM1')).toBeTruthy());
    await act(async () => fireEvent.click(document.getElementById('order-row-LM1')!));
    expect(await screen.findByText(/文三路 1 号/)).toBeTruthy();
    expect(document.getElementById(`refund-approve-${uuid(400)}`)).toBeTruthy();
    expect(document.getElementById('ship-form')).toBeNull();
  });
});
