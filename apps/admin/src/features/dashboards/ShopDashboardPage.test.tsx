import { fakeServer, type FakeServer } from './test-support';
import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { ShopDashboardPage } from './ShopDashboardPage';

// Charts are drawn by ECharts on a canvas jsdom does not have; their options are tested on their own.
jest.mock('./EChart', () => ({ EChart: ({ id }: { id: string }) => <div id={id} /> }));

const figures = {
  from: '2026-12-01',
  to: '2026-12-07',
  timeZone: 'Asia/Shanghai',
  orders: 3,
  gmvFen: 1_234_567,
  refundedFen: 6800,
  netFen: 1_227_767,
  avgOrderFen: 411_522,
  buyers: 2,
  repeatBuyers: 1,
  repurchaseRateBps: 5000,
  newBuyers: 1,
  returningBuyers: 1,
  topGoods: [{ goodsId: '6f1c7c1e-3a0e-4f43-9d55-2f4f7d1c0a11', title: '明前龙井', units: 4, gmvFen: 27200 }],
  funnel: { viewed: 9, carted: 4, ordered: 3, paid: 2 },
  days: [],
};

jest.setTimeout(30_000);

describe('ShopDashboardPage', () => {
  let server: FakeServer;
  beforeEach(() => {
    server = fakeServer({ 'GET /merchant/rooms': () => ({ items: [], nextCursor: null }), 'GET /merchant/dashboards/shop': () => figures });
  });

  const shopCalls = () => server.requests().map((r) => r.url).filter((u) => u.startsWith('/merchant/dashboards/shop'));

  it('says in words that a range over 366 days is too long, and asks the server nothing', async () => {
    render(
      <MemoryRouter>
        <ShopDashboardPage initialRange={{ from: '2025-01-01', to: '2026-01-02' }} />
      </MemoryRouter>,
    );
    expect((await screen.findByText('日期范围最多 366 天，当前选择了 367 天，请缩短范围')).closest('#dashboard-range-error')).toBeTruthy();
    await waitFor(() => expect(server.fetch).toHaveBeenCalled()); // the rooms picker
    expect(shopCalls()).toEqual([]);
  });

  it('asks for the range and shows the figures formatted: fen as yuan, basis points as percent', async () => {
    render(
      <MemoryRouter>
        <ShopDashboardPage initialRange={{ from: '2026-12-01', to: '2026-12-07' }} />
      </MemoryRouter>,
    );
    await waitFor(() => expect(document.getElementById('kpi-gmv')?.textContent).toBe('¥12,345.67'), { timeout: 10_000 });
    expect(shopCalls()).toEqual(['/merchant/dashboards/shop?from=2026-12-01&to=2026-12-07']);
    expect(document.getElementById('kpi-aov')!.textContent).toBe('¥4,115.22');
    expect(document.getElementById('kpi-refunds')!.textContent).toBe('¥68.00');
    expect(document.getElementById('kpi-repurchase')!.textContent).toBe('50.0%');
    expect(await screen.findByText('明前龙井')).toBeTruthy();
    expect(screen.getByText('¥272.00')).toBeTruthy();
  });
});
