import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { fakeRequest, json } from '@/test/fake-request';
import { notification } from '@/test/member-fixtures';
import { InboxScreen } from './index';

const mockRequest = jest.fn();
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest(
    (options) => mockRequest(options),
  ),
);

describe('InboxScreen', () => {
  it('reads an item on open, then all of them', async () => {
    const first = notification(1);
    const second = notification(2);
    const fake = fakeRequest((c) => {
      if (c.url.startsWith('/me/notifications?')) return json(200, { items: [first, second], nextCursor: null, unreadCount: 3 });
      if (c.url === `/me/notifications/${first.id}/read`) return json(200, { ...first, readAt: '2026-11-22T03:00:00.000Z' });
      if (c.url === '/me/notifications/read-all') return json(200, { unreadCount: 0, marked: 2 });
      return json(404, { code: 'NOT_FOUND', message: c.url });
    });
    mockRequest.mockImplementation(fake.request);
    render(<InboxScreen />);

    await waitFor(() => expect(document.getElementById('inbox-unread')!.textContent).toBe('3 条未读'));
    const item = document.getElementById(`inbox-${first.id}`)!;
    expect(item.className).toContain('inbox-item--unread');
    await act(async () => {
      fireEvent.click(item);
    });
    await waitFor(() => expect(document.getElementById('inbox-unread')!.textContent).toBe('2 条未读'));
    expect(document.getElementById(`inbox-${first.id}`)!.className).not.toContain('inbox-item--unread');
    // Opening a read item again asks nothing.
    await act(async () => {
      fireEvent.click(document.getElementById(`inbox-${first.id}`)!);
    });
    expect(fake.calls.filter((c) => c.url.endsWith('/read'))).toHaveLength(1);

    await act(async () => {
      fireEvent.click(document.getElementById('inbox-read-all')!);
    });
    await waitFor(() => expect(document.getElementById('inbox-unread')!.textContent).toBe('没有未读消息'));
    expect(document.getElementById(`inbox-${second.id}`)!.className).not.toContain('inbox-item--unread');
    expect(document.getElementById('inbox-read-all')).toBeNull();
  });
});
