import { bonferroniAlpha, compareWithControl, normalCdf, rateBps } from './stats';

describe('normalCdf', () => {
  it('matches tabulated values to 1e-7', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 7);
    expect(normalCdf(-1)).toBeCloseTo(0.1586553, 7);
    expect(normalCdf(3)).toBeCloseTo(0.9986501, 7);
  });
});

describe('compareWithControl', () => {
  // Pooled: p = 0.225, se = sqrt(0.225·0.775·(2/1000)) = 0.0186749, z = +0.05/se (checked with Python math.erfc).
  it('control 200/1000 vs variant 250/1000: z ≈ +2.67740, p ≈ 0.0074196, the variant is better', () => {
    const r = compareWithControl({ exposures: 1000, conversions: 200 }, { exposures: 1000, conversions: 250 });
    expect(r.z).toBeCloseTo(2.677398, 5);
    expect(r.pValue).toBeCloseTo(0.0074196, 6);
    expect(r.verdict).toBe('优于对照（显著）');
  });

  it('a worse variant has a negative z and is called worse', () => {
    const r = compareWithControl({ exposures: 1000, conversions: 250 }, { exposures: 1000, conversions: 200 });
    expect(r.z).toBeCloseTo(-2.677398, 5);
    expect(r.verdict).toBe('差于对照（显著）');
  });

  it('equal rates: z = 0, p = 1, not significant', () => {
    const r = compareWithControl({ exposures: 500, conversions: 50 }, { exposures: 800, conversions: 80 });
    expect(r.z).toBe(0);
    expect(r.pValue).toBeCloseTo(1, 7);
    expect(r.verdict).toBe('差异不显著');
  });

  // Pooled p = 0.22, se = sqrt(0.22·0.78·(2/1000)) = sqrt(0.0003432) = 0.0185257, z = 0.04/se = 2.15917,
  // p = erfc(2.15917/√2) = 0.0308372: under 0.05, over 0.05/2 = 0.025.
  it('200/1000 vs 240/1000 (p ≈ 0.03084) is significant alone but not at the level for two comparisons', () => {
    const alone = compareWithControl({ exposures: 1000, conversions: 200 }, { exposures: 1000, conversions: 240 });
    expect(alone.z).toBeCloseTo(2.159168, 5);
    expect(alone.pValue).toBeCloseTo(0.0308372, 6);
    expect(alone.verdict).toBe('优于对照（显著）');
    const adjusted = compareWithControl({ exposures: 1000, conversions: 200 }, { exposures: 1000, conversions: 240 }, bonferroniAlpha(3));
    expect(adjusted).toEqual({ ...alone, verdict: '差异不显著' });
  });

  it('any arm under 30 exposures: too few samples', () => {
    const r = compareWithControl({ exposures: 1000, conversions: 1 }, { exposures: 29, conversions: 20 });
    expect(r).toEqual({ z: null, pValue: null, verdict: '样本不足' });
  });

  it('no conversions anywhere: p = 1', () => {
    expect(compareWithControl({ exposures: 40, conversions: 0 }, { exposures: 40, conversions: 0 }).pValue).toBe(1);
  });
});

describe('bonferroniAlpha', () => {
  // k variants make k − 1 comparisons with the control: 0.05 / (k − 1).
  it('is 0.05 for two variants, 0.025 for three, 0.05/9 for ten', () => {
    expect(bonferroniAlpha(2)).toBe(0.05);
    expect(bonferroniAlpha(3)).toBe(0.025);
    expect(bonferroniAlpha(10)).toBeCloseTo(0.0055556, 7);
  });
});

describe('rateBps', () => {
  it('is conversions per 10 000 exposures, floored, and 0 when empty', () => {
    expect(rateBps({ exposures: 3, conversions: 1 })).toBe(3333);
    expect(rateBps({ exposures: 0, conversions: 0 })).toBe(0);
  });
});
