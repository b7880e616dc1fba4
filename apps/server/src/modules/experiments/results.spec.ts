import { buildResults } from './results';

const experiment = (...names: string[]) => ({ key: 'card', status: 'running' as const, variants: names.map((name) => ({ name })) });
const counts = (entries: Record<string, [number, number]>) =>
  new Map(Object.entries(entries).map(([v, [exposures, conversions]]) => [v, { exposures, conversions }]));

describe('buildResults', () => {
  it('two variants: the control is marked, the other tested at 0.05', () => {
    const r = buildResults(experiment('grid', 'list'), counts({ grid: [1000, 200], list: [1000, 250] }));
    expect(r).toMatchObject({ key: 'card', status: 'running', control: 'grid', alpha: 0.05, verdict: 'list 胜出（显著）' });
    expect(r.arms[0]).toEqual({ variant: 'grid', exposures: 1000, conversions: 200, rateBps: 2000, z: null, pValue: null, verdict: '对照组' });
    expect(r.arms[1]).toMatchObject({ variant: 'list', rateBps: 2500, verdict: '优于对照（显著）' });
    expect(r.arms[1]!.z).toBeCloseTo(2.677398, 5);
  });

  // Three variants: each of the 2 comparisons at 0.025. B (240/1000, p ≈ 0.03084, see stats.spec.ts) would win
  // alone but not here; C (250/1000, p ≈ 0.00742) still does.
  it('three variants: Bonferroni level 0.025 keeps B out and lets C win', () => {
    const r = buildResults(experiment('A', 'B', 'C'), counts({ A: [1000, 200], B: [1000, 240], C: [1000, 250] }));
    expect(r.alpha).toBe(0.025);
    expect(r.arms.map((a) => a.verdict)).toEqual(['对照组', '差异不显著', '优于对照（显著）']);
    expect(r.arms[1]!.pValue).toBeCloseTo(0.0308372, 6);
    expect(r.verdict).toBe('C 胜出（显著）');
  });

  it('of two significant winners the higher rate is named', () => {
    const r = buildResults(experiment('A', 'B', 'C'), counts({ A: [1000, 100], B: [1000, 250], C: [1000, 200] }));
    expect(r.arms.map((a) => a.verdict)).toEqual(['对照组', '优于对照（显著）', '优于对照（显著）']);
    expect(r.verdict).toBe('B 胜出（显著）');
  });

  it('the control wins only when it beats every variant significantly', () => {
    expect(buildResults(experiment('A', 'B', 'C'), counts({ A: [1000, 250], B: [1000, 100], C: [1000, 120] })).verdict).toBe('对照组胜出（显著）');
    expect(buildResults(experiment('A', 'B', 'C'), counts({ A: [1000, 250], B: [1000, 100], C: [1000, 245] })).verdict).toBe('差异不显著');
  });

  it('variants nobody saw show zeros; too few samples anywhere says so', () => {
    const r = buildResults(experiment('A', 'B', 'C'), counts({ A: [1000, 250], B: [1000, 245] }));
    expect(r.arms[2]).toEqual({ variant: 'C', exposures: 0, conversions: 0, rateBps: 0, z: null, pValue: null, verdict: '样本不足' });
    expect(r.verdict).toBe('样本不足');
  });
});
