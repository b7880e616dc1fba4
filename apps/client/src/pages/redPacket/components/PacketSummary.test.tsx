import { fireEvent, render, screen } from '@testing-library/react';
import { redPacket } from '@/test/fixtures';
import { PacketSummary } from './PacketSummary';

describe('PacketSummary', () => {
  it('shows what is left while the packet is open, and no verify link before the seed is out', () => {
    const { container } = render(<PacketSummary packet={{ ...redPacket, remainingCount: 3, remainingAmount: 640 }} verifying={false} onVerify={jest.fn()} />);
    expect(screen.getByText('拼手气红包 · 共 ¥10.00，已领取 2/5 个')).toBeTruthy();
    expect(screen.getByText('剩余 3 个，共 ¥6.40')).toBeTruthy();
    expect(container.querySelector('#red-packet-verify')).toBeNull();
  });

  it('says the rest went back once the packet is over, and links to verification', () => {
    const onVerify = jest.fn();
    const over = { ...redPacket, status: 'expired' as const, seed: 'revealed-seed', remainingCount: 4, remainingAmount: 986 };
    render(<PacketSummary packet={over} verifying={false} onVerify={onVerify} />);
    expect(screen.getByText('红包已结束，未领取的 4 个，共 ¥9.86 已退回')).toBeTruthy();
    fireEvent.click(screen.getByText('验证公平性'));
    expect(onVerify).toHaveBeenCalledTimes(1);
  });
});
