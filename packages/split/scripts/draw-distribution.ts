// Draws what each algorithm gives per grab position — mean and 5th–95th percentile band over 20,000
// seeded packets of ¥100 in 10 shares — as one SVG for the package README:
//   pnpm --filter @livemall/split run draw      → docs/split-distribution.svg
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { doubleMean, equal, lineSegment, type RandomSource, seededSource } from '../src';

const PACKETS = 20_000;
const TOTAL = 10_000;
const COUNT = 10;

const panels: Array<{ title: string; split: (rng: RandomSource) => number[] }> = [
  { title: 'equal 普通红包', split: () => equal(TOTAL, COUNT) },
  { title: 'doubleMean 二倍均值', split: (rng) => doubleMean(TOTAL, COUNT, rng) },
  { title: 'lineSegment 线段切割', split: (rng) => lineSegment(TOTAL, COUNT, rng) },
];

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

function stats(split: (rng: RandomSource) => number[]) {
  const rng = seededSource('distribution-figure-seed');
  const byPosition = Array.from({ length: COUNT }, () => new Float64Array(PACKETS));
  for (let p = 0; p < PACKETS; p++) split(rng).forEach((s, i) => ((byPosition[i] as Float64Array)[p] = s));
  return byPosition.map((values) => {
    const sorted = values.slice().sort();
    return { mean: values.reduce((a, b) => a + b, 0) / PACKETS, p5: percentile(sorted, 0.05), p95: percentile(sorted, 0.95) };
  });
}

const W = 300;
const H = 220;
const PAD = { left: 46, right: 12, top: 30, bottom: 34 };
const data = panels.map((panel) => ({ ...panel, rows: stats(panel.split) }));
const yMax = Math.ceil(Math.max(...data.flatMap((d) => d.rows.map((r) => r.p95))) / 500) * 500;
const x = (i: number) => PAD.left + (i / (COUNT - 1)) * (W - PAD.left - PAD.right);
const y = (fen: number) => PAD.top + (1 - fen / yMax) * (H - PAD.top - PAD.bottom);

const panelSvg = data.map(({ title, rows }, k) => {
  const band = [...rows.map((r, i) => `${x(i)},${y(r.p95)}`), ...rows.map((r, i) => `${x(i)},${y(r.p5)}`).reverse()].join(' ');
  const mean = rows.map((r, i) => `${x(i)},${y(r.mean)}`).join(' ');
  const ticks = [0, yMax / 2, yMax]
    .map((v) => `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v)}" y2="${y(v)}" stroke="#e5e7eb"/><text x="${PAD.left - 6}" y="${y(v) + 4}" text-anchor="end">¥${v / 100}</text>`)
    .join('');
  const xs = rows.map((_, i) => `<text x="${x(i)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${i + 1}</text>`).join('');
  return `<g transform="translate(${k * W},0)">
  <text x="${W / 2}" y="18" text-anchor="middle" font-weight="600">${title}</text>${ticks}${xs}
  <polygon points="${band}" fill="#fe2c55" fill-opacity="0.18"/>
  <polyline points="${mean}" fill="none" stroke="#fe2c55" stroke-width="2"/>
  ${rows.map((r, i) => `<circle cx="${x(i)}" cy="${y(r.mean)}" r="2.5" fill="#fe2c55"/>`).join('')}
  <text x="${W / 2}" y="${H - 4}" text-anchor="middle" fill="#6b7280">grab position 领取顺序</text>
</g>`;
});

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W * panels.length}" height="${H + 22}" font-family="sans-serif" font-size="11" fill="#1f2329">
<rect width="100%" height="100%" fill="#fff"/>
${panelSvg.join('\n')}
<text x="${(W * panels.length) / 2}" y="${H + 16}" text-anchor="middle" fill="#6b7280">¥100 in 10 shares, ${PACKETS.toLocaleString('en-US')} seeded packets: line = mean share, band = 5th–95th percentile</text>
</svg>
`;
const out = join(__dirname, '../../../docs/split-distribution.svg');
writeFileSync(out, svg);
console.log(`wrote ${out}`);
