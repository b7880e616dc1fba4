// Red-packet split throughput: shares per second for each algorithm with the seeded (ChaCha20) and the
// OS-crypto source, for packets of 10, 1,000 and 10,000 shares, plus the time to pre-split one
// 10,000-share packet from a seed (the grab path's set-up cost). Bounded: ~0.4 s per cell.
//   pnpm bench:split
import { doubleMean, equal, lineSegment, type RandomSource, seededSource, splitFromSeed } from '@livemall/split';
import { cryptoSource } from '@livemall/split/node';
import { cpus } from 'node:os';

type Split = (total: number, count: number, rng: RandomSource) => number[];
const algorithms: Record<string, Split> = {
  equal: (t, c) => equal(t, c),
  doubleMean,
  lineSegment,
};
const sources: Record<string, () => RandomSource> = {
  seeded: () => seededSource('bench-seed-0123456789abcdef'),
  crypto: cryptoSource,
};
const sizes = [10, 1_000, 10_000];
const FEN_PER_SHARE = 888;

function measure(run: () => void, budgetMs = 400): { perSecond: number; msEach: number } {
  for (let i = 0; i < 3; i++) run(); // warm the JIT
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < budgetMs) {
    run();
    n++;
  }
  const ms = performance.now() - start;
  return { perSecond: (n * 1000) / ms, msEach: ms / n };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} (${cpus().length} cores)\n`);
console.log('| algorithm | source | shares/packet | packets/s | shares/s |');
console.log('|---|---|---|---|---|');
for (const [name, split] of Object.entries(algorithms)) {
  for (const [sourceName, makeSource] of Object.entries(sources)) {
    if (name === 'equal' && sourceName === 'crypto') continue; // equal draws nothing
    for (const count of sizes) {
      const rng = makeSource();
      const { perSecond } = measure(() => split(count * FEN_PER_SHARE, count, rng));
      console.log(`| ${name} | ${name === 'equal' ? '—' : sourceName} | ${fmt(count)} | ${fmt(perSecond)} | ${fmt(perSecond * count)} |`);
    }
  }
}

console.log('\nPre-splitting one 10,000-share packet from a fresh seed (source set-up included):\n');
console.log('| algorithm | ms per packet |');
console.log('|---|---|');
let seedNo = 0;
for (const algorithm of ['doubleMean', 'lineSegment'] as const) {
  const { msEach } = measure(() => splitFromSeed(`bench-seed-${seedNo++}-0123456789`, 10_000 * FEN_PER_SHARE, 10_000, algorithm), 1000);
  console.log(`| ${algorithm} | ${msEach.toFixed(2)} |`);
}
