import { normalCdf, rateBps, twoProportionZTest } from './stats';

describe('normalCdf', () => {
  it('matches tabulated values to 1e-7', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 7);
    expect(normalCdf(-1)).toBeCloseTo(0.1586553, 7);
    expect(normalCdf(3)).toBeCloseTo(0.9986501, 7);
  });
});

describe('twoProportionZTest', () => {
  // Pooled: p = 0.225, se = sqrt(0.225·0.775·(2/1000)) = 0.0186749, z = -0.05/se (checked with Python math.erfc).
  it('200/1000 vs 250/1000: z ≈ -2.67740, p ≈ 0.0074196, B wins', () => {
    const r = twoProportionZTest({ exposures: 1000, conversions: 200 }, { exposures: 1000, conversions: 250 });
    expect(r.z).toBeCloseTo(-2.677398, 5);
    expect(r.pValue).toBeCloseTo(0.0074196, 6);
    expect(r.verdict).toBe('B 胜出（显著）');
  });

  it('equal rates: z = 0, p = 1, not significant', () => {
    const r = twoProportionZTest({ exposures: 500, conversions: 50 }, { exposures: 800, conversions: 80 });
    expect(r.z).toBe(0);
    expect(r.pValue).toBeCloseTo(1, 7);
    expect(r.verdict).toBe('差异不显著');
  });

  it('A better and significant says A wins', () => {
    expect(twoProportionZTest({ exposures: 1000, conversions: 250 }, { exposures: 1000, conversions: 200 }).verdict).toBe(
      'A 胜出（显著）',
    );
  });

  it('any arm under 30 exposures: too few samples', () => {
    const r = twoProportionZTest({ exposures: 29, conversions: 20 }, { exposures: 1000, conversions: 1 });
    expect(r).toEqual({ z: null, pValue: null, verdict: '样本不足' });
  });

  it('no conversions anywhere: p = 1', () => {
    expect(twoProportionZTest({ exposures: 40, conversions: 0 }, { exposures: 40, conversions: 0 }).pValue).toBe(1);
  });
});

describe('rateBps', () => {
  it('is conversions per 10 000 exposures, floored, and 0 when empty', () => {
    expect(rateBps({ exposures: 3, conversions: 1 })).toBe(3333);
    expect(rateBps({ exposures: 0, conversions: 0 })).toBe(0);
  });
});
