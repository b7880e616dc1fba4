import type { RoomMinute } from '@livemall/shared';
import type { ChartOption } from './echarts';
import { yuanTick } from './figures';
import { fenTooltip } from './shop-options';

const SHANGHAI_OFFSET_MS = 8 * 3600_000; // China has no daylight saving: UTC+8 all year.

/** "HH:mm" of an instant in Beijing time, whatever the browser's zone. */
export function shanghaiClock(iso: string): string {
  const d = new Date(new Date(iso).getTime() + SHANGHAI_OFFSET_MS);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/** Minute by minute: people and actions on the left axis, GMV (fen data, yuan labels) on the right. */
export function roomMinutesOption(series: RoomMinute[]): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: ['在线人数', '评论', '点赞', '订单', '成交额'], top: 0 },
    grid: { left: 56, right: 72, top: 56, bottom: 32 },
    xAxis: { type: 'category', data: series.map((m) => shanghaiClock(m.minute)) },
    yAxis: [
      { type: 'value', name: '人/次', minInterval: 1 },
      { type: 'value', name: '成交额', minInterval: 100, axisLabel: { formatter: yuanTick } },
    ],
    series: [
      { name: '在线人数', type: 'line', yAxisIndex: 0, showSymbol: false, data: series.map((m) => m.online) },
      { name: '评论', type: 'line', yAxisIndex: 0, showSymbol: false, data: series.map((m) => m.comments) },
      { name: '点赞', type: 'line', yAxisIndex: 0, showSymbol: false, data: series.map((m) => m.likes) },
      { name: '订单', type: 'bar', yAxisIndex: 0, data: series.map((m) => m.orders) },
      { name: '成交额', type: 'bar', yAxisIndex: 1, data: series.map((m) => m.gmvFen), tooltip: { valueFormatter: fenTooltip } },
    ],
  };
}
