import { fakeServer, type FakeServer } from '../dashboards/test-support';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemberLevelsForm } from './MemberLevelsForm';
import { levelsProblem } from './level-rules';

jest.setTimeout(30_000);

const coupon = 'a3bb189e-8bf9-4888-9912-ace4e6543002';
const levels = [
  { rank: 0, name: '普通', growthFrom: 0, discountPercent: 100, freeShippingFromFen: null, monthlyCouponTemplateId: null },
  { rank: 1, name: '白银', growthFrom: 500, discountPercent: 99, freeShippingFromFen: 6900, monthlyCouponTemplateId: coupon },
];
const fill = (id: string, value: string) => fireEvent.change(document.getElementById(id)!, { target: { value } });

describe('MemberLevelsForm', () => {
  let server: FakeServer;
  beforeEach(() => {
    server = fakeServer({
      'GET /member-levels': () => ({ levels }),
      'GET /merchant/coupon-templates': () => ({ items: [] }),
      'PUT /merchant/member-levels': (body) => ({ levels: (body as { levels: object[] }).levels.map((l, rank) => ({ rank, ...l })) }),
    });
  });

  it('sends the ladder with the free-shipping threshold typed in yuan as exact fen', async () => {
    render(<MemberLevelsForm />);
    await waitFor(() => expect((document.getElementById('levels_levels_1_freeShipping') as HTMLInputElement).value).toBe('69.00'), { timeout: 10_000 });
    fill('levels_levels_1_freeShipping', '58.9');
    fill('levels_levels_0_freeShipping', '0');
    fill('levels_levels_1_discountPercent', '98');
    await act(async () => fireEvent.click(document.getElementById('member-levels-save')!));
    await waitFor(() => expect(server.requests().filter((r) => r.method === 'PUT')).toHaveLength(1));
    expect(server.requests().find((r) => r.method === 'PUT')!.body).toEqual({
      levels: [
        { name: '普通', growthFrom: 0, discountPercent: 100, freeShippingFromFen: 0, monthlyCouponTemplateId: null },
        { name: '白银', growthFrom: 500, discountPercent: 98, freeShippingFromFen: 5890, monthlyCouponTemplateId: coupon },
      ],
    });
    expect(await screen.findByText('会员等级已保存')).toBeTruthy();
  });

  it('refuses a ladder the server would refuse, in words', async () => {
    render(<MemberLevelsForm />);
    await waitFor(() => expect((document.getElementById('levels_levels_1_growthFrom') as HTMLInputElement).value).toBe('500'), { timeout: 10_000 });
    fill('levels_levels_1_growthFrom', '0');
    fill('levels_levels_1_discountPercent', '40');
    await act(async () => fireEvent.click(document.getElementById('member-levels-save')!));
    expect(await screen.findByText('每个等级的成长值起点要比上一个等级高')).toBeTruthy();
    expect(screen.getByText('折扣百分比须在 50 到 100 之间')).toBeTruthy();
    expect(server.requests().filter((r) => r.method === 'PUT')).toHaveLength(0);
  });
});

describe('level rules', () => {
  it('words each ladder problem', () => {
    expect(levelsProblem([])).toBe('至少需要 1 个等级');
    expect(levelsProblem([{ name: 'a', growthFrom: '5' }])).toBe('第一个等级的成长值起点必须是 0');
    expect(levelsProblem([{ name: 'a', growthFrom: '0' }, { name: 'a', growthFrom: '9' }])).toBe('等级名称不能重复');
    expect(levelsProblem([{ name: 'a', growthFrom: '0' }, { name: 'b', growthFrom: '9' }])).toBeNull();
  });
});
