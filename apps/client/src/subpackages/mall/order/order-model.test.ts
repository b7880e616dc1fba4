import type { Order } from '@livemall/shared';
import { formatCountdown, orderActions, refundableQuantity } from './order-model';

const item = { id: 'i1', skuId: 's', goodsId: 'g', title: 't', specText: '', coverUrl: null, priceFen: 100, quantity: 5, refundedQuantity: 1, discountFen: 0 };
const refund = (status: Order['refunds'][number]['status'], quantity: number, orderItemId = 'i1') => ({
  id: `r-${status}-${quantity}`,
  orderItemId,
  quantity,
  amountFen: 100 * quantity,
  reason: '不想要了',
  status,
  note: null,
  createdAt: '2025-11-22T12:00:00.000Z',
});
const order = (over: Partial<Order>) => ({ status: 'paid', payDeadline: '2025-11-22T12:15:00.000Z', items: [item], refunds: [], ...over }) as Order;

describe('refundableQuantity', () => {
  it('is what was bought less what is refunded or still being decided', () => {
    const o = order({ refunds: [refund('requested', 1), refund('approved', 1), refund('rejected', 2), refund('requested', 3, 'other')] });
    // 5 bought, 1 refunded, 1 requested, 1 approved (not yet refunded); the rejected 2 are free again.
    expect(refundableQuantity(o, item)).toBe(2);
  });

  it('is zero before payment and after cancelling', () => {
    expect(refundableQuantity(order({ status: 'pending_payment' }), item)).toBe(0);
    expect(refundableQuantity(order({ status: 'cancelled' }), item)).toBe(0);
    expect(refundableQuantity(order({ status: 'completed' }), item)).toBe(4);
  });
});

describe('orderActions', () => {
  const deadline = Date.parse('2025-11-22T12:15:00.000Z');
  it('offers paying only before the deadline, cancelling while unpaid, confirming once shipped', () => {
    expect(orderActions(order({ status: 'pending_payment' }), deadline - 1)).toEqual({ pay: true, cancel: true, confirm: false });
    expect(orderActions(order({ status: 'pending_payment' }), deadline)).toEqual({ pay: false, cancel: true, confirm: false });
    expect(orderActions(order({ status: 'shipped' }), deadline)).toEqual({ pay: false, cancel: false, confirm: true });
    expect(orderActions(order({ status: 'paid' }), 0)).toEqual({ pay: false, cancel: false, confirm: false });
  });
});

describe('formatCountdown', () => {
  it('rounds up to whole seconds and never goes below zero', () => {
    expect(formatCountdown(125_000)).toBe('02:05');
    expect(formatCountdown(899_001)).toBe('15:00');
    expect(formatCountdown(3_600_000)).toBe('1:00:00');
    expect(formatCountdown(-5)).toBe('00:00');
  });
});
