import type { ExperimentResults } from '@livemall/shared';
import { alphaText, ratesOption } from './results-option';

const results = (arms: number): ExperimentResults => ({
  key: 'k',
  status: 'running',
  control: 'a',
  alpha: 0.05 / (arms - 1),
  verdict: '差异不显著',
  arms: ['a', 'b', 'c'].slice(0, arms).map((variant, i) => ({ variant, exposures: 1000, conversions: 200 + 40 * i, rateBps: 2000 + 400 * i, z: i ? 2.1 : null, pValue: i ? 0.03 : null, verdict: i ? '差异不显著' : '对照组' })),
});

describe('experiment results', () => {
  it('draws each arm’s rate from basis points, the control marked, labels as percent', () => {
    const option = ratesOption(results(3)) as { xAxis: { data: string[] }; series: Array<{ data: number[] }>; yAxis: { axisLabel: { formatter(v: number): string } } };
    expect(option.xAxis.data).toEqual(['a（对照）', 'b', 'c']);
    expect(option.series[0]!.data).toEqual([2000, 2400, 2800]);
    expect(option.yAxis.axisLabel.formatter(2400)).toBe('24.0%');
  });

  it('says which alpha each comparison had to pass', () => {
    expect(alphaText(results(2))).toBe('α = 0.05（只有一次比较，无需校正）');
    expect(alphaText(results(3))).toBe('α = 0.025（0.05 ÷ 2 次比较，Bonferroni 校正）');
  });
});

it('keeps the rates axis up to 1 % at least, so arms with no conversions still have a readable axis', () => {
  const { yAxis } = ratesOption({ key: 'k', status: 'running', control: 'a', alpha: 0.05, verdict: '样本不足', arms: [] }) as unknown as { yAxis: { max(e: { max: number }): number; minInterval: number } };
  expect(yAxis.max({ max: 0 })).toBe(100);
  expect(yAxis.max({ max: 2400 })).toBe(2400);
  expect(yAxis.minInterval).toBe(10);
});
