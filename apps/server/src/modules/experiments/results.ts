import type { ExperimentArmResult, ExperimentResults, ExperimentStatus } from '@livemall/shared';
import { bonferroniAlpha, compareWithControl, rateBps, type Arm } from './stats';

export const CONTROL_VERDICT = '对照组';

/**
 * Results of an experiment from its exposure and conversion counts, in variant order. The first variant is the
 * control; every other one is tested against it at the Bonferroni-adjusted level.
 */
export function buildResults(
  experiment: { key: string; status: ExperimentStatus; variants: ReadonlyArray<{ name: string }> },
  counts: ReadonlyMap<string, Arm>,
): ExperimentResults {
  const alpha = bonferroniAlpha(experiment.variants.length);
  const countOf = (name: string): Arm => counts.get(name) ?? { exposures: 0, conversions: 0 };
  // The contract asks for at least two variants, so the control is always there.
  const control = experiment.variants[0]!.name;
  const arms: ExperimentArmResult[] = experiment.variants.map((v, i) => {
    const c = countOf(v.name);
    const test = i === 0 ? { z: null, pValue: null, verdict: CONTROL_VERDICT } : compareWithControl(countOf(control), c, alpha);
    return { variant: v.name, exposures: c.exposures, conversions: c.conversions, rateBps: rateBps(c), ...test };
  });
  return { key: experiment.key, status: experiment.status, control, alpha, arms, verdict: overallVerdict(arms.slice(1)) };
}

/**
 * The experiment in one phrase: the best variant that beats the control significantly; else the control, when it
 * beats every variant significantly; else too few samples while any comparison still lacks them; else no difference.
 */
function overallVerdict(challengers: readonly ExperimentArmResult[]): string {
  const winners = challengers.filter((a) => a.verdict === '优于对照（显著）');
  if (winners.length) {
    const best = winners.reduce((a, b) => (b.rateBps > a.rateBps ? b : a));
    return `${best.variant} 胜出（显著）`;
  }
  if (challengers.every((a) => a.verdict === '差于对照（显著）')) return '对照组胜出（显著）';
  if (challengers.some((a) => a.verdict === '样本不足')) return '样本不足';
  return '差异不显著';
}
