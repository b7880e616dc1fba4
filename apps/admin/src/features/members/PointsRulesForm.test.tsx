import { fakeServer, type FakeServer } from '../dashboards/test-support';
import { DEFAULT_POINTS_RULES, type PointsRules } from '@livemall/shared';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { PointsRulesForm } from './PointsRulesForm';

jest.setTimeout(30_000);

const fill = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });
const save = () => act(async () => fireEvent.click(document.getElementById('points-rules-save')!));
const puts = (s: FakeServer) => s.requests().filter((r) => r.method === 'PUT');

describe('PointsRulesForm', () => {
  let server: FakeServer;
  beforeEach(() => {
    server = fakeServer({ 'GET /merchant/points/rules': () => DEFAULT_POINTS_RULES, 'PUT /merchant/points/rules': (body) => body });
  });

  const loaded = async () => {
    render(<PointsRulesForm />);
    await waitFor(() => expect((document.getElementById('points_checkinBasePoints') as HTMLInputElement).value).toBe('5'), { timeout: 10_000 });
  };

  it('sends exactly the rules typed: every field a whole number, the streak bonuses as rows', async () => {
    await loaded();
    fill('points_checkinBasePoints', '8');
    fill('points_expiryMonths', ' 24 ');
    fill('points_liveWatchMinutes', '30');
    fill('points_liveWatchPoints', '10');
    fill('points_streakBonuses_1_points', '50');
    await act(async () => fireEvent.click(document.getElementById('points-bonus-add')!));
    fill('points_streakBonuses_2_day', '30');
    fill('points_streakBonuses_2_points', '100');
    await save();
    await waitFor(() => expect(puts(server)).toHaveLength(1));
    const expected: PointsRules = {
      checkinBasePoints: 8,
      sharePoints: 2,
      shareDailyCapPoints: 10,
      purchasePointsPerYuan: 1,
      expiryMonths: 24,
      deductionPointsPerYuan: 100,
      deductionCapPercent: 20,
      liveFirstCommentPoints: 0,
      liveWatchMinutes: 30,
      liveWatchPoints: 10,
      streakBonuses: [
        { day: 3, points: 5 },
        { day: 7, points: 50 },
        { day: 30, points: 100 },
      ],
    };
    expect(puts(server)[0]!.body).toEqual(expected);
    expect(await screen.findByText('积分规则已保存，之后获得的积分按新规则计算')).toBeTruthy();
  });

  it('refuses fractions, out-of-range values and a repeated streak day in words', async () => {
    await loaded();
    fill('points_sharePoints', '1.5');
    fill('points_deductionCapPercent', '101');
    fill('points_expiryMonths', '0');
    fill('points_streakBonuses_1_day', '3');
    await save();
    expect(await screen.findByText('每次分享商品积分须为整数')).toBeTruthy();
    expect(screen.getByText('积分最多抵订单金额（%）须在 0 到 100 之间')).toBeTruthy();
    expect(screen.getByText('积分有效期（月）须在 1 到 120 之间')).toBeTruthy();
    expect(screen.getByText('每个连签天数只能设一个奖励')).toBeTruthy();
    expect(puts(server)).toHaveLength(0);
  });
});
