import { act, render, screen } from '@testing-library/react';
import { fakeServer } from '../common/fake-server';
import { CouponTab } from './CouponTab';

const template = {
  id: '00000000-0000-4000-8000-000000000001',
  merchantId: '00000000-0000-4000-8000-000000000002',
  merchantName: '演示小店',
  name: '满99.9减5',
  rule: { kind: 'amount_off', thresholdFen: 9990, amountFen: 500 },
  validity: { kind: 'relative', validDays: 7 },
  totalQuantity: 100,
  perUserLimit: 1,
  scope: { kind: 'all' },
  newUserOnly: false,
  showInCentre: true,
  grantOnSignup: false,
  grantOnBirthday: false,
  status: 'active',
  claimedCount: 3,
  usedCount: 1,
  createdAt: new Date().toISOString(),
};

// antd tables in jsdom are slow on a shared machine.
jest.setTimeout(30_000);

describe('CouponTab', () => {
  afterEach(() => jest.useRealTimers());

  it('shows the rule and the live figures, and polls them only while shown', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    let claimed = 3;
    const api = fakeServer({ 'GET /merchant/coupon-templates': () => ({ json: { items: [{ ...template, claimedCount: claimed }] } }) });
    const view = render(<CouponTab active />);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(10);
    });
    expect(screen.getByText('满 ¥99.90 减 ¥5.00')).toBeTruthy();
    expect(document.getElementById(`coupon-claimed-${template.id}`)!.textContent).toBe('3');
    expect(document.getElementById(`coupon-used-${template.id}`)!.textContent).toBe('1');

    claimed = 4;
    await act(async () => {
      await jest.advanceTimersByTimeAsync(5_000);
    });
    expect(document.getElementById(`coupon-claimed-${template.id}`)!.textContent).toBe('4');

    view.rerender(<CouponTab active={false} />);
    const asked = api.posted('GET', '/merchant/coupon-templates').length;
    await act(async () => {
      await jest.advanceTimersByTimeAsync(20_000);
    });
    expect(api.posted('GET', '/merchant/coupon-templates')).toHaveLength(asked);
  });

  it('says so when there are none', async () => {
    fakeServer({ 'GET /merchant/coupon-templates': { json: { items: [] } } });
    render(<CouponTab active />);
    expect(await screen.findByText('还没有优惠券，点“新建优惠券”创建第一张')).toBeTruthy();
  });
});
