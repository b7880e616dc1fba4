import { fireEvent, render, screen } from '@testing-library/react';
import type { MyGrab } from '@livemall/shared';
import { MyGrabList } from './index';

const grab: MyGrab = {
  packetId: '3e9a1c70-1d2b-4c3d-8e4f-5a6b7c8d9e01',
  roomId: '5d8e1f7a-0c2b-4e6d-8a9f-1b2c3d4e5f60',
  anchorName: '茶小二',
  amount: 233,
  seq: 0,
  createdAt: '2025-11-22T12:01:00.000Z',
};

describe('MyGrabList', () => {
  it('lists my packets and opens the one tapped', () => {
    const onOpen = jest.fn();
    render(<MyGrabList items={[grab]} status='ready' hasMore={false} loadingMore={false} onLoadMore={jest.fn()} onOpen={onOpen} />);
    expect(screen.getByText('我的红包')).toBeTruthy();
    expect(screen.getByText('¥2.33')).toBeTruthy();
    fireEvent.click(screen.getByText('茶小二的红包'));
    expect(onOpen).toHaveBeenCalledWith(grab.packetId);
  });

  it('stays out of the way until there is something to show', () => {
    const { container } = render(<MyGrabList items={[]} status='ready' hasMore={false} loadingMore={false} onLoadMore={jest.fn()} onOpen={jest.fn()} />);
    expect(container.textContent).toBe('');
  });
});
