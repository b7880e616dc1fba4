import { render, screen, waitFor } from '@testing-library/react';
import { fakeRequest, json } from '@/test/fake-request';
import { memberCard, notification, pointsSummary } from '@/test/member-fixtures';
import { MemberSection } from './MemberSection';

const mockRequest = jest.fn();
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest(
    (options) => mockRequest(options),
  ),
);

describe('MemberSection (Me tab)', () => {
  it('shows the level, growth to the next level, benefits, points and the unread badge', async () => {
    const fake = fakeRequest((c) => {
      if (c.url === '/me/member') return json(200, memberCard());
      if (c.url === '/me/points/summary') return json(200, pointsSummary({ checkin: { checkedInToday: true, streak: 4, nextPoints: 0 } }));
      if (c.url.startsWith('/me/notifications')) return json(200, { items: [notification(1)], nextCursor: 'c', unreadCount: 120 });
      return json(404, { code: 'NOT_FOUND', message: c.url });
    });
    mockRequest.mockImplementation(fake.request);
    render(<MemberSection />);

    await waitFor(() => expect(document.getElementById('me-level-name')!.textContent).toBe('银卡'));
    await waitFor(() => expect(document.getElementById('me-inbox-badge')!.textContent).toBe('99+'));
    expect(document.getElementById('me-level-bar')!.style.width).toBe('50%');
    expect(screen.getByText('成长值 300 · 再得 200 升级金卡')).toBeTruthy();
    expect(screen.getByText('会员价 9.8折')).toBeTruthy();
    expect(screen.getByText('满¥99.00包邮')).toBeTruthy();
    expect(document.getElementById('me-points-balance')!.textContent).toBe('120');
    expect(screen.getByText('已签到')).toBeTruthy();
    expect(screen.getByText('连续 4 天')).toBeTruthy();
    expect(fake.calls.find((c) => c.url.startsWith('/me/notifications'))!.url).toBe('/me/notifications?limit=1');
  });

  it('shows no badge with nothing unread', async () => {
    mockRequest.mockImplementation(
      fakeRequest((c) => {
        if (c.url === '/me/member') return json(200, memberCard({ next: null }));
        if (c.url === '/me/points/summary') return json(200, pointsSummary());
        return json(200, { items: [], nextCursor: null, unreadCount: 0 });
      }).request,
    );
    render(<MemberSection />);
    await waitFor(() => expect(screen.getByText('成长值 300 · 已是最高等级')).toBeTruthy());
    expect(document.getElementById('me-inbox-badge')).toBeNull();
  });
});
