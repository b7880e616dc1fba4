import { fakeServer, type FakeServer } from '../dashboards/test-support';
import { DEFAULT_POINTS_RULES } from '@livemall/shared';
import { render, screen, waitFor, within } from '@testing-library/react';
import { MembersPage } from './MembersPage';
import { shippingText } from './MemberLevelsView';
import { bonusesText } from './PointsRulesView';

jest.setTimeout(30_000);

const mine = 'a3bb189e-8bf9-4888-9912-ace4e6543002';
const another = 'b3bb189e-8bf9-4888-9912-ace4e6543003';
const template = {
  id: mine, merchantId: '00000000-0000-4000-8000-000000000002', merchantName: '演示小店', name: '白银月券',
  rule: { kind: 'amount_off', thresholdFen: 0, amountFen: 500 }, validity: { kind: 'relative', validDays: 30 }, totalQuantity: 100, perUserLimit: 1,
  scope: { kind: 'all' }, newUserOnly: false, showInCentre: false, grantOnSignup: false, grantOnBirthday: false, status: 'active', claimedCount: 0,
  createdAt: '2026-01-01T00:00:00.000Z', usedCount: 0,
};
const levels = [
  { rank: 0, name: '普通', growthFrom: 0, discountPercent: 100, freeShippingFromFen: null, monthlyCouponTemplateId: null },
  { rank: 1, name: '白银', growthFrom: 500, discountPercent: 99, freeShippingFromFen: 6900, monthlyCouponTemplateId: mine },
  { rank: 2, name: '钻石', growthFrom: 10000, discountPercent: 95, freeShippingFromFen: 0, monthlyCouponTemplateId: another },
];

describe('MembersPage (read only: the platform sets the ladder and the rules)', () => {
  let server: FakeServer;
  beforeEach(() => {
    server = fakeServer({
      'GET /member-levels': () => ({ levels }),
      'GET /merchant/coupon-templates': () => ({ items: [template] }),
      'GET /merchant/points/rules': () => ({ ...DEFAULT_POINTS_RULES, purchasePointsPerYuan: 3 }),
    });
  });

  it('shows the ladder and the rules with a line saying the platform sets them, and nothing to edit or save', async () => {
    render(<MembersPage />);
    const ladder = document.getElementById('member-levels')!;
    await waitFor(() => expect(within(ladder).getByText('白银')).toBeTruthy(), { timeout: 10_000 });
    expect(screen.getByText(/由平台统一设置/)).toBeTruthy();
    expect(within(ladder).getByText('付 99%')).toBeTruthy();
    expect(within(ladder).getByText('满 ¥69.00 包邮')).toBeTruthy();
    // This shop's template by its name; another shop's (the platform may pick any) without leaking it.
    expect(await within(ladder).findByText('白银月券')).toBeTruthy();
    expect(within(ladder).getByText('平台指定的券')).toBeTruthy();
    const rules = await waitFor(() => document.getElementById('points-rules')!, { timeout: 10_000 });
    const value = (label: string) => within(rules).getByText(label).closest('th')!.nextElementSibling!.textContent;
    expect([value('每消费 1 元得积分'), value('每日签到积分'), value('连续签到奖励')]).toEqual(['3确认收货后按实付金额计，向下取整', '5', '第 3 天 +5、第 7 天 +20']);
    expect(document.querySelectorAll('input, button').length).toBe(0);
    expect(server.requests().every((r) => r.method === 'GET')).toBe(true);
  });

  it('words shipping thresholds and streak bonuses', () => {
    expect([shippingText(null), shippingText(0), shippingText(4900)]).toEqual(['按店铺运费规则', '全部包邮', '满 ¥49.00 包邮']);
    expect(bonusesText(DEFAULT_POINTS_RULES)).toBe('第 3 天 +5、第 7 天 +20');
    expect(bonusesText({ ...DEFAULT_POINTS_RULES, streakBonuses: [] })).toBe('无');
  });
});
