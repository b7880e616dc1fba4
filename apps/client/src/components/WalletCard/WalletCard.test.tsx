import { fireEvent, render, screen } from '@testing-library/react';
import type { WalletEntry } from '@livemall/shared';
import { WalletCard, type WalletCardProps } from './index';

const entry = (id: string, delta: number, reason: WalletEntry['reason']): WalletEntry => ({
  id,
  delta,
  reason,
  reference: '3e9a1c70-1d2b-4c3d-8e4f-5a6b7c8d9e01',
  createdAt: '2025-11-22T12:01:00.000Z',
});

const props = (overrides: Partial<WalletCardProps> = {}): WalletCardProps => ({
  balance: 1233,
  entries: [entry('3', 233, 'red_packet_grab'), entry('2', 500, 'red_packet_refund'), entry('1', 1000, 'topup'), entry('0', -500, 'red_packet_fund')],
  status: 'ready',
  error: null,
  hasMore: false,
  loadingMore: false,
  onLoadMore: jest.fn(),
  onRetry: jest.fn(),
  ...overrides,
});

describe('WalletCard', () => {
  it('shows the balance and each movement with its reason and a signed amount', () => {
    const { container } = render(<WalletCard {...props()} />);
    expect(container.querySelector('#wallet-balance')?.textContent).toBe('¥12.33');
    const rows = Array.from(container.querySelectorAll('.wallet-card__entry'), (row) => row.textContent);
    expect(rows).toEqual([
      expect.stringMatching(/^抢红包.*\+¥2\.33$/),
      expect.stringMatching(/^红包退款.*\+¥5\.00$/),
      expect.stringMatching(/^充值.*\+¥10\.00$/),
      expect.stringMatching(/^发红包.*-¥5\.00$/),
    ]);
  });

  it('loads more history on request, once at a time', () => {
    const onLoadMore = jest.fn();
    const { rerender } = render(<WalletCard {...props({ hasMore: true, onLoadMore })} />);
    fireEvent.click(screen.getByText('加载更多'));
    expect(onLoadMore).toHaveBeenCalledTimes(1);
    rerender(<WalletCard {...props({ hasMore: true, loadingMore: true, onLoadMore })} />);
    fireEvent.click(screen.getByText('加载中…'));
    expect(onLoadMore).toHaveBeenCalledTimes(1);
  });

  it('says when there is no history yet, and offers a retry after a failure', () => {
    const { rerender } = render(<WalletCard {...props({ balance: 0, entries: [] })} />);
    expect(screen.getByText('还没有收支记录')).toBeTruthy();
    const onRetry = jest.fn();
    rerender(<WalletCard {...props({ balance: null, entries: [], status: 'error', error: '网络不给力，请检查网络后重试', onRetry })} />);
    expect(screen.getByText('--')).toBeTruthy();
    fireEvent.click(screen.getByText('网络不给力，请检查网络后重试，点击重试'));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
