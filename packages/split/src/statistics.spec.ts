import { doubleMean } from './double-mean';
import { equal } from './equal';
import { lineSegment } from './line-segment';
import type { RandomSource } from './random-source';
import { seededSource } from './seeded-source';

const PACKETS = 100_000;
const TOTAL = 10_000; // ¥100
const COUNT = 10;
const AVERAGE = TOTAL / COUNT;

function positionStats(split: (rng: RandomSource) => number[]) {
  const rng = seededSource('statistics-seed-2026');
  const sum = new Float64Array(COUNT);
  const squares = new Float64Array(COUNT);
  for (let p = 0; p < PACKETS; p++) {
    const shares = split(rng);
    for (let i = 0; i < COUNT; i++) {
      const s = shares[i] as number;
      sum[i] = (sum[i] as number) + s;
      squares[i] = (squares[i] as number) + s * s;
    }
  }
  const mean = Array.from(sum, (s) => s / PACKETS);
  const sd = Array.from(squares, (q, i) => Math.sqrt(q / PACKETS - (mean[i] as number) ** 2));
  return { mean, sd };
}

const report = (name: string, { mean, sd }: { mean: number[]; sd: number[] }) =>
  `${name} (¥100 in 10 shares, ${PACKETS} packets)\n  position  ${mean.map((_, i) => String(i + 1).padStart(7)).join('')}\n  mean fen  ${mean.map((m) => m.toFixed(1).padStart(7)).join('')}\n  sd fen    ${sd.map((s) => s.toFixed(1).padStart(7)).join('')}`;

describe(`grab-position statistics over ${PACKETS} seeded packets`, () => {
  it('doubleMean: every position expects total/count (within 1%); later positions vary more', () => {
    const stats = positionStats((rng) => doubleMean(TOTAL, COUNT, rng));
    console.log(report('doubleMean', stats));
    for (const m of stats.mean) expect(Math.abs(m - AVERAGE) / AVERAGE).toBeLessThan(0.01);
    // The spread grows with the position: each later draw spans twice the mean of what is left.
    for (let i = 1; i < COUNT; i++) expect(stats.sd[i] as number).toBeGreaterThan((stats.sd[i - 1] as number) * 0.99);
    expect(stats.sd[COUNT - 1] as number).toBeGreaterThan((stats.sd[0] as number) * 1.2);
  });

  it('lineSegment: positions are exchangeable (same mean within 1%, same spread within 2%)', () => {
    const stats = positionStats((rng) => lineSegment(TOTAL, COUNT, rng));
    console.log(report('lineSegment', stats));
    for (const m of stats.mean) expect(Math.abs(m - AVERAGE) / AVERAGE).toBeLessThan(0.01);
    const sdMean = stats.sd.reduce((a, b) => a + b, 0) / COUNT;
    for (const s of stats.sd) expect(Math.abs(s - sdMean) / sdMean).toBeLessThan(0.02);
  });

  it('equal: max − min ≤ 1 fen for every total from 1 fen per share up', () => {
    for (let total = COUNT; total < COUNT + 1000; total++) {
      const shares = equal(total, COUNT);
      expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
    }
  });
});
