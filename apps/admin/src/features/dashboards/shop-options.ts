import type { ShopDashboard } from '@livemall/shared';
import type { ChartOption } from './echarts';
import { fenText, yuanTick } from './figures';

/** A tooltip value that is fen (a number for one series, or an array when ECharts passes several). */
export const fenTooltip = (value: unknown) => (typeof value === 'number' && Number.isSafeInteger(value) ? fenText(value) : String(value ?? '-'));

/**
 * The daily series: GMV as bars on a yuan axis (the data stay integer fen; only the labels are yuan, and
 * `minInterval` keeps ticks on whole yuan), orders and buyers as lines on a count axis.
 */
export function shopDaysOption(days: ShopDashboard['days']): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: ['成交额', '订单数', '买家数'], top: 0 },
    grid: { left: 64, right: 48, top: 56, bottom: 32 },
    xAxis: { type: 'category', data: days.map((d) => d.date.slice(5)) },
    yAxis: [
      { type: 'value', name: '成交额', minInterval: 100, axisLabel: { formatter: yuanTick } },
      { type: 'value', name: '单/人', minInterval: 1 },
    ],
    series: [
      { name: '成交额', type: 'bar', yAxisIndex: 0, data: days.map((d) => d.gmvFen), tooltip: { valueFormatter: fenTooltip } },
      { name: '订单数', type: 'line', yAxisIndex: 1, data: days.map((d) => d.orders) },
      { name: '买家数', type: 'line', yAxisIndex: 1, data: days.map((d) => d.buyers) },
    ],
  };
}

/** The funnel steps, in the order a buyer takes them. */
export const FUNNEL_STEPS = [
  { key: 'viewed', label: '浏览商品' },
  { key: 'carted', label: '加入购物车' },
  { key: 'ordered', label: '下单' },
  { key: 'paid', label: '支付' },
] as const;

/**
 * The funnel in buyer order. `sort: 'none'` because the API counts each step on its own (buy-now skips the
 * cart), so a later step can be larger and must not be re-sorted above an earlier one.
 */
export function funnelOption(funnel: ShopDashboard['funnel']): ChartOption {
  const top = Math.max(1, ...FUNNEL_STEPS.map((s) => funnel[s.key]));
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 人' },
    series: [
      {
        name: '转化漏斗',
        type: 'funnel',
        sort: 'none',
        min: 0,
        max: top,
        // A step with nobody stays a visible sliver, its label readable.
        minSize: '12%',
        left: '5%',
        width: '60%',
        // Labels beside the shapes: a thin step's label would not fit inside it.
        label: { show: true, position: 'right', formatter: '{b} {c}' },
        labelLine: { show: true },
        data: FUNNEL_STEPS.map((s) => ({ name: s.label, value: funnel[s.key] })),
      },
    ],
  };
}
