import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { CouponCentreEntry } from '@livemall/shared';
import { fakeRequest, json } from '@/test/fake-request';
import { centreEntry, template, uuid } from '@/test/marketing-fixtures';
import CouponCentrePage from './index';

const mockRequest = jest.fn();
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest(
    (options) => mockRequest(options),
  ),
);

const claimable = centreEntry(10);
const held = centreEntry(20, { claimedByMe: 1, canClaim: false, reason: 'limit_reached' });
const gone = centreEntry(30, { canClaim: false, reason: 'sold_out', template: template(30, { claimedCount: 100 }) });

describe('CouponCentre', () => {
  it('shows 领取/已领取/已抢光, claims with a requestId and shows the server’s new state', async () => {
    let entries: CouponCentreEntry[] = [claimable, held, gone];
    const fake = fakeRequest((c) => {
      if (c.method === 'GET' && c.url === '/coupons/centre') return json(200, { items: entries });
      if (c.method === 'POST' && c.url === `/coupons/templates/${claimable.template.id}/claim`) {
        entries = [{ ...claimable, claimedByMe: 1, canClaim: false, reason: 'limit_reached' }, held, gone];
        return json(201, {
          id: uuid(1),
          templateId: claimable.template.id,
          merchantId: claimable.template.merchantId,
          merchantName: '茶铺',
          name: claimable.template.name,
          rule: claimable.template.rule,
          scope: { kind: 'all' },
          status: 'unused',
          validFrom: '2026-11-22T00:00:00.000Z',
          validTo: '2026-11-29T00:00:00.000Z',
          orderId: null,
          usedAt: null,
          claimedAt: '2026-11-22T00:00:00.000Z',
        });
      }
      return json(404, { code: 'NOT_FOUND', message: 'no' });
    });
    mockRequest.mockImplementation(fake.request);

    render(<CouponCentrePage />);
    const button = (id: string) => document.getElementById(`coupon-claim-${id}`)!;
    await waitFor(() => expect(button(claimable.template.id).textContent).toBe('领取'));
    expect(button(held.template.id).textContent).toBe('已领取');
    expect(button(gone.template.id).textContent).toBe('已抢光');
    expect(screen.getByText('¥10.00')).toBeTruthy();
    expect(screen.getAllByText(/满¥100\.00减¥10\.00/).length).toBe(1);

    // A disabled button sends nothing.
    fireEvent.click(button(gone.template.id));
    expect(fake.calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await act(async () => {
      fireEvent.click(button(claimable.template.id));
    });
    await waitFor(() => expect(button(claimable.template.id).textContent).toBe('已领取'));
    const claim = fake.calls.find((c) => c.method === 'POST')!;
    expect(claim.data).toEqual({ requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(document.getElementById('coupon-centre-message')!.textContent).toBe('领取成功');
  });

  it('says why a claim was refused', async () => {
    mockRequest.mockImplementation(
      fakeRequest((c) =>
        c.method === 'GET' ? json(200, { items: [claimable] }) : json(409, { code: 'COUPON_SOLD_OUT', message: 'sold out' }),
      ).request,
    );
    render(<CouponCentrePage />);
    await waitFor(() => expect(document.getElementById(`coupon-claim-${claimable.template.id}`)).not.toBeNull());
    await act(async () => {
      fireEvent.click(document.getElementById(`coupon-claim-${claimable.template.id}`)!);
    });
    await waitFor(() => expect(document.getElementById('coupon-centre-message')!.textContent).toBe('优惠券已被抢光了'));
  });
});
