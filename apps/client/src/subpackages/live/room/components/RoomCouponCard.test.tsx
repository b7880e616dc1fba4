import { fireEvent, render, screen } from '@testing-library/react';
import type { RoomCouponCard as Card } from '@livemall/shared';
import { RoomCouponCard } from './RoomCouponCard';

const card: Card = {
  templateId: '5f0c6a57-2f43-4e7e-9a55-0a7d3c0b8f11',
  name: '直播间专享券',
  rule: { kind: 'amount_off', thresholdFen: 10_000, amountFen: 1_000 },
  remaining: 37,
};
const idle = { status: 'idle' } as const;

describe('RoomCouponCard', () => {
  it('shows the value, the rule and what is left; 立即领取 claims', () => {
    const onClaim = jest.fn();
    render(<RoomCouponCard card={card} claim={idle} onClaim={onClaim} onLogin={jest.fn()} onClose={jest.fn()} />);
    expect(screen.getByText('¥10.00')).toBeTruthy();
    expect(screen.getByText('满¥100.00减¥10.00')).toBeTruthy();
    expect(screen.getByText('剩余 37 张')).toBeTruthy();
    fireEvent.click(screen.getByText('立即领取'));
    expect(onClaim).toHaveBeenCalledTimes(1);
  });

  it('sends a guest to log in instead of claiming', () => {
    const onLogin = jest.fn();
    render(<RoomCouponCard card={card} claim={idle} onLogin={onLogin} onClose={jest.fn()} />);
    fireEvent.click(screen.getByText('登录领取'));
    expect(onLogin).toHaveBeenCalledTimes(1);
  });

  it('says 已领取 after a claim, 已抢光 when none is left, and shows the server’s refusal', () => {
    const { rerender } = render(<RoomCouponCard card={card} claim={{ status: 'claimed' }} onClaim={jest.fn()} onLogin={jest.fn()} onClose={jest.fn()} />);
    expect(screen.getByText('已领取')).toBeTruthy();
    rerender(<RoomCouponCard card={{ ...card, remaining: 0 }} claim={idle} onClaim={jest.fn()} onLogin={jest.fn()} onClose={jest.fn()} />);
    expect(screen.getAllByText('已抢光')).toHaveLength(2);
    rerender(<RoomCouponCard card={card} claim={{ status: 'failed', text: '你已领过这张优惠券，不能再领了' }} onClaim={jest.fn()} onLogin={jest.fn()} onClose={jest.fn()} />);
    expect(screen.getByText('你已领过这张优惠券，不能再领了')).toBeTruthy();
  });
});
