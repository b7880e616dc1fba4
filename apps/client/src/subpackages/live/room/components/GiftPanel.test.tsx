import { fireEvent, render, screen } from '@testing-library/react';
import { GIFTS } from '@livemall/shared';
import { GiftPanel, type GiftPanelProps } from './GiftPanel';

const props = (overrides: Partial<GiftPanelProps> = {}): GiftPanelProps => ({
  gifts: GIFTS,
  selected: 'heart',
  payWith: 'points',
  walletFen: 1234,
  points: 90,
  sending: false,
  error: null,
  onSelect: jest.fn(),
  onPayWith: jest.fn(),
  onSend: jest.fn(),
  onRetry: jest.fn(),
  onClose: jest.fn(),
  ...overrides,
});

describe('GiftPanel', () => {
  it('prices gifts in the chosen currency and shows both balances', () => {
    const { rerender } = render(<GiftPanel {...props()} />);
    expect(screen.getByText('10 积分')).toBeTruthy();
    expect(screen.getByText('仅限钱包')).toBeTruthy();
    expect(screen.getByText('积分 90')).toBeTruthy();
    expect(screen.getByText('钱包 ¥12.34')).toBeTruthy();
    rerender(<GiftPanel {...props({ payWith: 'wallet' })} />);
    expect(screen.getByText('¥99.00')).toBeTruthy();
  });

  it('hands the picks to its callbacks', () => {
    const p = props();
    render(<GiftPanel {...p} />);
    fireEvent.click(screen.getByText('火箭'));
    fireEvent.click(screen.getByText('钱包 ¥12.34'));
    fireEvent.click(screen.getByText('送出'));
    expect(p.onSelect).toHaveBeenCalledWith('rocket');
    expect(p.onPayWith).toHaveBeenCalledWith('wallet');
    expect(p.onSend).toHaveBeenCalledTimes(1);
  });

  it('shows an error in words, with 重试 only when the request is in doubt', () => {
    const p = props({ error: { text: '网络不给力', retryable: true } });
    const { rerender } = render(<GiftPanel {...p} />);
    fireEvent.click(screen.getByText('重试'));
    expect(p.onRetry).toHaveBeenCalledTimes(1);
    rerender(<GiftPanel {...props({ error: { text: '积分不足，换用钱包支付吧', retryable: false } })} />);
    expect(screen.getByText('积分不足，换用钱包支付吧')).toBeTruthy();
    expect(screen.queryByText('重试')).toBeNull();
  });
});
