import type { ExperimentResults } from '@livemall/shared';
import type { ChartOption } from '../dashboards/echarts';
import { formatBps } from '../dashboards/figures';

/** Conversion rate per variant as bars; the data are basis points, the labels percent. */
export function ratesOption(results: ExperimentResults): ChartOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? formatBps(v) : '-') },
    grid: { left: 64, right: 24, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: results.arms.map((a) => (a.variant === results.control ? `${a.variant}（对照）` : a.variant)) },
    // Ticks of at least 0.1 % (the labels' precision), and an axis up to 1 % at least so all-zero arms still read.
    yAxis: { type: 'value', name: '转化率', minInterval: 10, max: (extent: { max: number }) => Math.max(extent.max, 100), axisLabel: { formatter: (v: number) => formatBps(v) } },
    series: [
      {
        name: '转化率',
        type: 'bar',
        barMaxWidth: 48,
        data: results.arms.map((a) => a.rateBps),
        label: { show: true, position: 'top', formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? formatBps(p.value) : '') },
      },
    ],
  };
}

/** The bar each comparison had to pass, in words: "α = 0.025（0.05 ÷ 2 次比较，Bonferroni 校正）". */
export function alphaText(results: ExperimentResults): string {
  const comparisons = Math.max(1, results.arms.length - 1);
  const alpha = Number(results.alpha.toPrecision(4));
  return comparisons === 1 ? `α = ${alpha}（只有一次比较，无需校正）` : `α = ${alpha}（0.05 ÷ ${comparisons} 次比较，Bonferroni 校正）`;
}
