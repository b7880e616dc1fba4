import { act, fireEvent, render, waitFor } from '@testing-library/react';
import type { CheckoutQuote } from '@livemall/shared';
import { fakeRequest, json } from '@/test/fake-request';
import { address, order, uuid } from '@/test/marketing-fixtures';
import { CheckoutScreen } from './index';

const mockRequest = jest.fn();
jest.mock('@tarojs/taro', () => {
  const mocked = jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest((options) =>
    mockRequest(options),
  );
  const useDidShow = (fn: () => void) => jest.requireActual<typeof import('react')>('react').useEffect(() => fn(), []);
  return { ...mocked, useDidShow };
});

const skuId = uuid(50);

/** ¥100 of goods; 500 points, of which this order can take 2000 fen's worth (100 points a yuan, 20% cap). */
function quoteFor(pointsToUse: number): CheckoutQuote {
  const used = Math.min(pointsToUse, 500);
  const deductionFen = used;
  return {
    merchantId: uuid(900),
    lines: [{ skuId, goodsId: uuid(51), title: '印花T恤', specText: '', coverUrl: null, priceFen: 10000, quantity: 1, subtotalFen: 10000, stock: 5 }],
    itemsFen: 10000,
    shippingFen: 0,
    discounts: used ? [{ kind: 'points', label: '积分抵扣', amountFen: deductionFen }] : [],
    discountFen: deductionFen,
    totalFen: 10000 - deductionFen,
    coupons: [],
    suggestedCouponId: null,
    appliedCouponId: null,
    points: { balance: 800, maxPoints: 500, usedPoints: used, deductionFen },
  };
}

describe('checkout points', () => {
  it('shows what points could take off, asks for them when turned on, and orders with the points used', async () => {
    const fake = fakeRequest((c) => {
      if (c.url === '/me/addresses') return json(200, { items: [address] });
      if (c.url === '/checkout/quote') return json(200, quoteFor((c.data as { pointsToUse?: number }).pointsToUse ?? 0));
      if (c.url === '/orders') return json(201, order({ totalFen: 9500 }));
      if (c.url.endsWith('/pay')) return json(200, { provider: 'dev', paymentId: uuid(300) });
      return json(404, { code: 'NOT_FOUND', message: 'no' });
    });
    mockRequest.mockImplementation(fake.request);
    render(<CheckoutScreen lines={[{ skuId, quantity: 1 }]} fromCart={false} />);

    const text = (id: string) => document.getElementById(id)?.textContent;
    await waitFor(() => expect(text('checkout-total')).toBe('¥100.00'));
    expect(text('checkout-points-value')).toBe('共 800 积分，本单最多可用 500');
    // Off: the quote still asks with 0 points, to learn what could be used.
    expect(fake.calls.filter((c) => c.url === '/checkout/quote').map((c) => (c.data as { pointsToUse?: number }).pointsToUse)).toEqual([0]);

    fireEvent.click(document.getElementById('checkout-points-toggle')!);
    await waitFor(() => expect(text('checkout-total')).toBe('¥95.00'));
    expect(text('checkout-points-value')).toBe('用 500 积分抵 ¥5.00');
    expect(text('checkout-discount-points')).toBe('-¥5.00');

    await act(async () => {
      fireEvent.click(document.getElementById('checkout-submit')!);
    });
    await waitFor(() => expect(fake.calls.some((c) => c.url === '/orders')).toBe(true));
    expect(fake.calls.find((c) => c.url === '/orders')!.data).toMatchObject({ pointsToUse: 500 });
  });
});
