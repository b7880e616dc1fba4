import type { Order } from '@livemall/shared';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeResponse } from '../goods/fake-response';
import { ShipForm } from './ShipForm';

const orderJson = {
  id: '00000000-0000-4000-8000-000000000001', no: 'LM001', userId: '00000000-0000-4000-8000-000000000002', merchantId: '00000000-0000-4000-8000-000000000003',
  status: 'paid', source: 'mall', sourceId: null, items: [], itemsFen: 100, shippingFen: 0, discountFen: 0, totalFen: 100, couponId: null, refundedFen: 0,
  address: { name: '张三', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '1 号' },
  createdAt: '2026-12-07T02:00:00.000Z', payDeadline: '2026-12-07T02:15:00.000Z', paidAt: '2026-12-07T02:01:00.000Z', shippedAt: null, carrier: null, trackingNo: null,
  completedAt: null, cancelledAt: null, cancelReason: null, refunds: [],
} as const;
const order = orderJson as unknown as Order;
const fill = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });

describe('ShipForm', () => {
  let fetchMock: jest.Mock;
  beforeEach(() => {
    fetchMock = jest.fn();
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it('asks for both fields and a valid tracking number in words', async () => {
    render(<ShipForm order={order} onShipped={jest.fn()} />);
    await act(async () => fireEvent.click(document.getElementById('ship-submit')!));
    expect(await screen.findByText('请填写快递公司')).toBeTruthy();
    expect(screen.getByText('请填写运单号')).toBeTruthy();
    fill('ship-tracking', 'SF 12');
    await act(async () => fireEvent.click(document.getElementById('ship-submit')!));
    expect(await screen.findByText('运单号是 6–40 位字母、数字或横线')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('ships with the carrier and the trimmed tracking number', async () => {
    fetchMock.mockResolvedValue(fakeResponse({ ...orderJson, status: 'shipped', carrier: '顺丰速运', trackingNo: 'SF1234567', shippedAt: '2026-12-07T03:00:00.000Z' }));
    const onShipped = jest.fn();
    render(<ShipForm order={order} onShipped={onShipped} />);
    fill('ship-carrier', '顺丰速运');
    fill('ship-tracking', ' SF1234567 ');
    await act(async () => fireEvent.click(document.getElementById('ship-submit')!));
    await waitFor(() => expect(onShipped).toHaveBeenCalledWith(expect.objectContaining({ status: 'shipped' })));
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`/merchant/orders/${order.id}/ship`);
    expect(JSON.parse(String(init.body))).toEqual({ carrier: '顺丰速运', trackingNo: 'SF1234567' });
  });

  it('says in words that the order changed meanwhile, and asks for a reload', async () => {
    fetchMock.mockResolvedValue(fakeResponse({ code: 'ORDER_STATE_CONFLICT', message: 'order is cancelled' }, 409));
    const onConflict = jest.fn();
    render(<ShipForm order={order} onShipped={jest.fn()} onConflict={onConflict} />);
    fill('ship-carrier', '中通快递');
    fill('ship-tracking', 'ZT123456');
    await act(async () => fireEvent.click(document.getElementById('ship-submit')!));
    expect((await screen.findByText(/订单状态已经变了/)).closest('#ship-error')).toBeTruthy();
    expect(onConflict).toHaveBeenCalled();
  });
});
