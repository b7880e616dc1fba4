import { act, fireEvent, render, waitFor } from '@testing-library/react';
import type { CheckoutQuote } from '@livemall/shared';
import { fakeRequest, json } from '@/test/fake-request';
import { address, myCoupon, order, uuid } from '@/test/marketing-fixtures';
import { CheckoutScreen } from './index';

const mockRequest = jest.fn();
jest.mock('@tarojs/taro', () => {
  const mocked = jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest((options) =>
    mockRequest(options),
  );
  // No Taro page here to show: run the page's show hook once, as a page's first show would.
  const useDidShow = (fn: () => void) => jest.requireActual<typeof import('react')>('react').useEffect(() => fn(), []);
  return { ...mocked, useDidShow };
});

const skuId = uuid(50);
const coupon = (n: number, amountFen: number) => myCoupon(n, { name: `满100减${amountFen / 100}`, rule: { kind: 'amount_off', thresholdFen: 10000, amountFen } });
const big = coupon(1, 1500);
const small = coupon(2, 500);

/** The server's figures: ¥138 of goods, 满减 ¥10 off, then the coupon asked for (or the best one). */
function quoteFor(couponId: string | null | undefined): CheckoutQuote {
  const applied = couponId === undefined ? big : couponId === null ? null : [big, small].find((c) => c.id === couponId)!;
  const couponFen = applied ? applied.rule.kind === 'amount_off' ? applied.rule.amountFen : 0 : 0;
  const discounts = [{ kind: 'full_reduction', label: '满100减10', amountFen: 1000 }, ...(applied ? [{ kind: 'coupon', label: `优惠券 ${applied.name}`, amountFen: couponFen }] : [])];
  const discountFen = 1000 + couponFen;
  return {
    merchantId: uuid(900),
    lines: [{ skuId, goodsId: uuid(51), title: '印花T恤', specText: '黑 L', coverUrl: null, priceFen: 6900, quantity: 2, subtotalFen: 13800, stock: 5 }],
    itemsFen: 13800,
    shippingFen: 0,
    discounts,
    discountFen,
    totalFen: 13800 - discountFen,
    coupons: [
      { coupon: big, discountFen: 1500 },
      { coupon: small, discountFen: 500 },
    ],
    suggestedCouponId: big.id,
    appliedCouponId: applied?.id ?? null,
  };
}

describe('checkout coupons', () => {
  it('pre-selects the suggested coupon, lets the buyer pick another or none, and orders with the chosen one', async () => {
    const fake = fakeRequest((c) => {
      if (c.url === '/me/addresses') return json(200, { items: [address] });
      if (c.url === '/checkout/quote') return json(200, quoteFor((c.data as { couponId?: string | null }).couponId));
      if (c.url === '/orders') return json(201, order({ totalFen: 13300 }));
      if (c.url.endsWith('/pay')) return json(200, { provider: 'dev', paymentId: uuid(300) });
      return json(404, { code: 'NOT_FOUND', message: 'no' });
    });
    mockRequest.mockImplementation(fake.request);
    render(<CheckoutScreen lines={[{ skuId, quantity: 2 }]} fromCart={false} />);

    const text = (id: string) => document.getElementById(id)?.textContent;
    await waitFor(() => expect(text('checkout-total')).toBe('¥113.00'));
    expect(text('checkout-coupon-value')).toBe('-¥15.00 ›');
    expect(text('checkout-discount-full_reduction')).toBe('-¥10.00');
    expect(text('checkout-discount-coupon')).toBe('-¥15.00');
    // The first quote leaves the choice to the server.
    expect(fake.calls.find((c) => c.url === '/checkout/quote')!.data).not.toHaveProperty('couponId');

    fireEvent.click(document.getElementById('checkout-coupon')!);
    expect(document.getElementById(`coupon-option-${big.id}`)!.className).toContain('coupon-option--on');
    expect(document.getElementById(`coupon-option-${small.id}`)!.textContent).toContain('减¥5.00');
    fireEvent.click(document.getElementById('coupon-option-none')!);
    await waitFor(() => expect(text('checkout-total')).toBe('¥128.00'));
    expect(text('checkout-coupon-value')).toBe('2 张可用 ›');
    expect(document.getElementById('checkout-discount-coupon')).toBeNull();

    fireEvent.click(document.getElementById('checkout-coupon')!);
    fireEvent.click(document.getElementById(`coupon-option-${small.id}`)!);
    await waitFor(() => expect(text('checkout-total')).toBe('¥123.00'));
    const quotes = fake.calls.filter((c) => c.url === '/checkout/quote').map((c) => (c.data as { couponId?: string | null }).couponId);
    expect(quotes.slice(-2)).toEqual([null, small.id]);

    await act(async () => {
      fireEvent.click(document.getElementById('checkout-submit')!);
    });
    await waitFor(() => expect(fake.calls.some((c) => c.url === '/orders')).toBe(true));
    expect(fake.calls.find((c) => c.url === '/orders')!.data).toMatchObject({ lines: [{ skuId, quantity: 2 }], addressId: address.id, couponId: small.id });
  });
});
