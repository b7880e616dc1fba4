import type { Order } from '@livemall/shared';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeResponse } from '../goods/fake-response';
import { RefundList } from './RefundList';

jest.setTimeout(30_000);

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const refund = { id: uuid(9), orderItemId: uuid(4), quantity: 1, amountFen: 1990, reason: '尺码不合适', status: 'requested', note: null, createdAt: '2026-12-07T02:30:00.000Z' };
const orderJson = {
  id: uuid(1), no: 'LM001', userId: uuid(2), merchantId: uuid(3), status: 'shipped', source: 'mall', sourceId: null,
  items: [{ id: uuid(4), skuId: uuid(5), goodsId: uuid(6), title: 'T恤', specText: '红 / S', coverUrl: null, priceFen: 1990, quantity: 2, refundedQuantity: 0, discountFen: 0 }],
  itemsFen: 3980, shippingFen: 0, discountFen: 0, totalFen: 3980, couponId: null, refundedFen: 0,
  address: { name: '张三', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '1 号' },
  createdAt: '2026-12-07T02:00:00.000Z', payDeadline: '2026-12-07T02:15:00.000Z', paidAt: '2026-12-07T02:01:00.000Z', shippedAt: '2026-12-07T02:10:00.000Z',
  carrier: '顺丰速运', trackingNo: 'SF123456', completedAt: null, cancelledAt: null, cancelReason: null, refunds: [refund],
};
const order = orderJson as unknown as Order;

describe('RefundList', () => {
  it('rejects a pending refund with the note', async () => {
    const fetchMock = jest.fn().mockResolvedValue(fakeResponse({ ...orderJson, refunds: [{ ...refund, status: 'rejected', note: '已穿过' }] }));
    global.fetch = fetchMock as unknown as typeof fetch;
    const onChanged = jest.fn();
    render(<RefundList order={order} onChanged={onChanged} onConflict={jest.fn()} />);
    expect(screen.getByText(/尺码不合适/)).toBeTruthy();
    fireEvent.change(document.getElementById('refund-note')!, { target: { value: ' 已穿过 ' } });
    await act(async () => fireEvent.click(document.getElementById(`refund-reject-${refund.id}`)!));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`/merchant/refunds/${refund.id}/decision`);
    expect(JSON.parse(String(init.body))).toEqual({ approve: false, note: '已穿过' });
  });

  it('says in words when the refund was already decided, and asks for a reload', async () => {
    global.fetch = jest.fn().mockResolvedValue(fakeResponse({ code: 'ORDER_STATE_CONFLICT', message: 'refund is not requested' }, 409)) as unknown as typeof fetch;
    const onConflict = jest.fn();
    render(<RefundList order={order} onChanged={jest.fn()} onConflict={onConflict} />);
    await act(async () => fireEvent.click(document.getElementById(`refund-reject-${refund.id}`)!));
    expect((await screen.findByText(/拒绝退款失败：订单状态已经变了/)).closest('#refund-error')).toBeTruthy();
    expect(onConflict).toHaveBeenCalled();
  });
});
