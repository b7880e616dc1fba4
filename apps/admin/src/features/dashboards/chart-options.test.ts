import type { RoomMinute, ShopDashboard } from '@livemall/shared';
import { formatBps, formatDuration, yuanTick } from './figures';
import { roomMinutesOption, shanghaiClock } from './room-options';
import { funnelOption, shopDaysOption } from './shop-options';

type Axis = { axisLabel?: { formatter(v: number): string }; minInterval?: number };
type Series = { name: string; type: string; yAxisIndex?: number; data: unknown[]; sort?: string; tooltip?: { valueFormatter(v: unknown): string } };
const axes = (o: unknown) => (o as { yAxis: Axis[] }).yAxis;
const series = (o: unknown) => (o as { series: Series[] }).series;

const days: ShopDashboard['days'] = [
  { date: '2026-12-01', orders: 2, gmvFen: 12345, buyers: 2 },
  { date: '2026-12-02', orders: 0, gmvFen: 0, buyers: 0 },
  { date: '2026-12-03', orders: 1, gmvFen: 120000, buyers: 1 },
];

describe('the shop chart options', () => {
  it('keeps GMV in integer fen and labels its axis in yuan', () => {
    const option = shopDaysOption(days);
    const gmv = series(option).find((s) => s.name === '成交额')!;
    expect(gmv.data).toEqual([12345, 0, 120000]);
    const axis = axes(option)[gmv.yAxisIndex ?? 0]!;
    // Ticks on whole yuan (100 fen at least), shown without cents; an odd value exactly.
    expect(axis.minInterval).toBe(100);
    expect(axis.axisLabel!.formatter(120000)).toBe('¥1,200');
    expect(axis.axisLabel!.formatter(0)).toBe('¥0');
    expect(axis.axisLabel!.formatter(12345)).toBe('¥123.45');
    expect(gmv.tooltip!.valueFormatter(12345)).toBe('¥123.45');
    expect((option as { xAxis: { data: string[] } }).xAxis.data).toEqual(['12-01', '12-02', '12-03']);
    // Orders share the count axis, not the money one.
    expect(series(option).find((s) => s.name === '订单数')!.yAxisIndex).not.toBe(gmv.yAxisIndex);
  });

  it('draws the funnel in buyer order, never re-sorted by size', () => {
    // Paid larger than carted (buy-now skips the cart): the order must still be view → cart → order → pay.
    const option = funnelOption({ viewed: 40, carted: 3, ordered: 9, paid: 7 });
    const [funnel] = series(option);
    expect(funnel!.type).toBe('funnel');
    expect(funnel!.sort).toBe('none');
    expect(funnel!.data).toEqual([
      { name: '浏览商品', value: 40 },
      { name: '加入购物车', value: 3 },
      { name: '下单', value: 9 },
      { name: '支付', value: 7 },
    ]);
    expect((funnel as unknown as { max: number }).max).toBe(40);
  });
});

describe('the room chart option', () => {
  const minutes: RoomMinute[] = [
    { minute: '2026-12-06T11:58:00.000Z', online: 3, enters: 3, comments: 1, likes: 5, orders: 0, gmvFen: 0 },
    { minute: '2026-12-06T11:59:00.000Z', online: 4, enters: 1, comments: 0, likes: 2, orders: 1, gmvFen: 6800 },
  ];

  it('puts GMV alone on the second (yuan) axis and labels minutes in Beijing time', () => {
    const option = roomMinutesOption(minutes);
    const gmv = series(option).find((s) => s.name === '成交额')!;
    expect(gmv.yAxisIndex).toBe(1);
    expect(gmv.data).toEqual([0, 6800]);
    expect(axes(option)[1]!.axisLabel!.formatter(6800)).toBe('¥68');
    expect(series(option).filter((s) => s.yAxisIndex === 0).map((s) => s.name)).toEqual(['在线人数', '评论', '点赞', '订单']);
    expect((option as { xAxis: { data: string[] } }).xAxis.data).toEqual(['19:58', '19:59']);
  });

  it('reads a minute across midnight in Beijing', () => expect(shanghaiClock('2026-12-06T16:05:00Z')).toBe('00:05'));
});

describe('figures', () => {
  it('shows basis points as a percent with one decimal, floored', () => {
    expect(formatBps(0)).toBe('0.0%');
    expect(formatBps(9)).toBe('0.0%');
    expect(formatBps(99)).toBe('0.9%');
    expect(formatBps(1234)).toBe('12.3%');
    expect(formatBps(3333)).toBe('33.3%');
    expect(formatBps(10_000)).toBe('100.0%');
  });

  it('shows watch time in minutes and seconds', () => {
    expect(formatDuration(59_999)).toBe('59秒');
    expect(formatDuration(125_000)).toBe('2分5秒');
  });

  it('labels fen on an axis', () => {
    expect(yuanTick(1_234_500)).toBe('¥12,345');
    expect(yuanTick(-250)).toBe('-¥2.50');
  });
});
