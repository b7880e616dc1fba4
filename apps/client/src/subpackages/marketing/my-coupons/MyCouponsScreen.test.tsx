import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { MyCoupon } from '@livemall/shared';
import { fakeRequest, json } from '@/test/fake-request';
import { myCoupon, uuid } from '@/test/marketing-fixtures';
import { MyCouponsScreen } from './index';

const mockRequest = jest.fn();
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest(
    (options) => mockRequest(options),
  ),
);

const coupon = (n: number, status: MyCoupon['status']) =>
  myCoupon(n, {
    status,
    rule: { kind: 'percent_off', thresholdFen: 0, payPercent: 85, capFen: 2000 },
    orderId: status === 'used' ? uuid(700) : null,
    usedAt: status === 'used' ? '2026-11-10T00:00:00.000Z' : null,
  });

describe('MyCoupons', () => {
  it('lists one status per tab, asking the server for it', async () => {
    const fake = fakeRequest((c) => {
      if (c.url === '/me/coupons?status=unused') return json(200, { items: [coupon(1, 'unused')] });
      if (c.url === '/me/coupons?status=used') return json(200, { items: [coupon(2, 'used'), coupon(3, 'used')] });
      return json(200, { items: [] });
    });
    mockRequest.mockImplementation(fake.request);
    render(<MyCouponsScreen initial='unused' />);
    await waitFor(() => expect(screen.getByText('券1')).toBeTruthy());
    expect(screen.getByText('8.5折')).toBeTruthy();
    expect(screen.getByText('去使用')).toBeTruthy();

    fireEvent.click(document.getElementById('my-coupons-tab-used')!);
    await waitFor(() => expect(document.querySelectorAll('.mk-coupon')).toHaveLength(2));
    expect(document.getElementById('my-coupons-tab-used')!.className).toContain('mk-tab--on');
    expect(screen.queryByText('去使用')).toBeNull();

    fireEvent.click(document.getElementById('my-coupons-tab-expired')!);
    await waitFor(() => expect(screen.getByText('这里空空的')).toBeTruthy());
    expect(fake.calls.map((c) => c.url)).toEqual(['/me/coupons?status=unused', '/me/coupons?status=used', '/me/coupons?status=expired']);
  });
});
