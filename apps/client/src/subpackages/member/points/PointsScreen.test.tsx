import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeRequest, json } from '@/test/fake-request';
import { historyEntry, pointsSummary } from '@/test/member-fixtures';
import { PointsScreen } from './index';

const mockRequest = jest.fn();
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest(
    (options) => mockRequest(options),
  ),
);

const now = () => Date.parse('2026-11-22T04:00:00.000Z');
const day = (d: number) => document.getElementById(`checkin-day-${d}`)!;

describe('PointsScreen', () => {
  it('checks in: the points earned show, the balance goes up and today is marked', async () => {
    let checkedIn = false;
    const fake = fakeRequest((c) => {
      if (c.url === '/me/points/summary')
        return json(200, checkedIn ? pointsSummary({ balance: 130, checkin: { checkedInToday: true, streak: 3, nextPoints: 0 } }) : pointsSummary({ expiringSoon: { points: 40, firstAt: '2026-12-01T00:00:00.000Z' } }));
      if (c.url.startsWith('/me/points/history'))
        return json(200, {
          items: checkedIn ? [historyEntry(3, { delta: 10, createdAt: '2026-11-22T01:00:00.000Z', balanceAfter: 130 }), historyEntry(2, { delta: -20, reason: 'points_deduction' })] : [historyEntry(2, { delta: -20, reason: 'points_deduction' })],
          nextCursor: null,
        });
      if (c.method === 'POST' && c.url === '/me/checkin') {
        checkedIn = true;
        return json(200, { date: '2026-11-22', fresh: true, points: 10, streak: 3, balance: 130 });
      }
      return json(404, { code: 'NOT_FOUND', message: c.url });
    });
    mockRequest.mockImplementation(fake.request);
    render(<PointsScreen now={now} />);

    await waitFor(() => expect(document.getElementById('points-balance')!.textContent).toBe('120'));
    expect(document.getElementById('points-expiring')!.textContent).toContain('40 积分将于');
    expect(document.getElementById('checkin-button')!.textContent).toBe('签到 +10');
    // The streak of 2 ends yesterday: the 20th and 21st are marked, today is not yet.
    expect([20, 21, 22].map((d) => day(d).className.includes('checkin-cal__cell--checked'))).toEqual([true, true, false]);
    expect(day(22).className).toContain('checkin-cal__cell--today');
    expect(screen.getByText('积分抵扣')).toBeTruthy();
    expect(screen.getByText('-20')).toBeTruthy();

    await act(async () => {
      fireEvent.click(document.getElementById('checkin-button')!);
    });
    await waitFor(() => expect(document.getElementById('points-balance')!.textContent).toBe('130'));
    expect(document.getElementById('checkin-result')!.textContent).toBe('签到成功，获得 10 积分，已连续 3 天');
    expect(day(22).className).toContain('checkin-cal__cell--checked');
    expect(document.getElementById('checkin-button')!.textContent).toBe('今日已签到');
    expect(screen.getByText('每日签到')).toBeTruthy();
    expect(screen.getByText('+10')).toBeTruthy();
    // Checked in: the button does nothing more.
    fireEvent.click(document.getElementById('checkin-button')!);
    expect(fake.calls.filter((c) => c.url === '/me/checkin')).toHaveLength(1);
  });
});
