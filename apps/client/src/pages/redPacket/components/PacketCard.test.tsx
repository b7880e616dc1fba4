import { fireEvent, render, screen } from '@testing-library/react';
import { redPacket } from '@/test/fixtures';
import { PacketCard, type PacketCardProps } from './PacketCard';

const props = (overrides: Partial<PacketCardProps> = {}): PacketCardProps => ({
  packet: redPacket,
  phase: 'closed',
  outcome: null,
  onOpen: jest.fn(),
  onLogin: jest.fn(),
  ...overrides,
});

describe('PacketCard', () => {
  it('shows the anchor’s initial when there is no avatar', () => {
    render(<PacketCard {...props()} />);
    expect(screen.getByText('茶')).toBeTruthy();
    expect(screen.getByText('茶小二的红包')).toBeTruthy();
  });

  it('opens on a tap, and ignores taps while the button spins', () => {
    const onOpen = jest.fn();
    const { container, rerender } = render(<PacketCard {...props({ onOpen })} />);
    const button = () => container.querySelector('#red-packet-open')!;
    fireEvent.click(button());
    expect(onOpen).toHaveBeenCalledTimes(1);

    rerender(<PacketCard {...props({ onOpen, phase: 'opening' })} />);
    expect(button().className).toContain('red-packet-open--spinning');
    fireEvent.click(button());
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('keeps the button under a failure worth retrying', () => {
    const { container } = render(<PacketCard {...props({ outcome: { kind: 'reason', reason: '网络不给力，请检查网络后重试', retry: true } })} />);
    expect(container.querySelector('#red-packet-open')).toBeTruthy();
    expect(container.querySelector('#red-packet-reason')?.textContent).toBe('网络不给力，请检查网络后重试');
  });

  it('tells when a scheduled packet opens', () => {
    render(<PacketCard {...props({ packet: { ...redPacket, status: 'scheduled' } })} />);
    expect(screen.getByText(/开抢$/)).toBeTruthy();
  });
});
