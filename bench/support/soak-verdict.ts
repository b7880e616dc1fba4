// The soak's figures and verdict from its 10-second samples. The rules, as docs/benchmarks.md states them:
//   warm-up: the first 10% of the run, at most 3 minutes (SOAK_WARMUP_SECONDS overrides);
//   windows after warm-up: 1 minute (20 s when less than 5 minutes are left after warm-up);
//   throughput steady: every window's answers/s within ±20% of the median window;
//   memory: two figures, each must grow < 10% from the first 5 minutes after warm-up to the last 5 (a third
//     of the time after warm-up each, for short runs):
//     - the live heap: what V8 keeps after a major (mark-compact) collection, read from the server's
//       --trace-gc output; the median of the samples in each span. This is the leak signal: retained
//       objects are what a leak grows, and it does not saw-tooth;
//     - the RSS floor: the lowest sample in each span. The floor, not the median: RSS saw-tooths by ~100 MB
//       between major GCs, so a minute's median lands anywhere on the tooth; a native leak (buffers,
//       sockets) shows in RSS but not in the V8 heap. The medians of the first and last window are printed;
//   errors: none unexpected (expected business refusals are counted apart);
//   books: they balance (SQL checks after the run).
import type { SoakKind } from '../../apps/server/test/hardening/support/soak-meter';
import type { SoakReport, SoakSample } from '../../apps/server/test/hardening/support/soak-scenario';

export const STEADY_WITHIN = 0.2;
export const MAX_RSS_GROWTH = 0.1;

const SHOP_KINDS: SoakKind[] = ['browse', 'detail', 'cart', 'order', 'pay', 'confirm'];

export interface SoakWindow {
  from: number;
  to: number;
  opsPerS: number;
  perS: Partial<Record<SoakKind | 'shop', number>>;
  /** Median of the 10-s p50s, and the worst 10-s p99 (percentiles of windows do not merge exactly). */
  latency: Partial<Record<SoakKind, { p50: number | null; p99: number | null }>>;
  refused: number;
  unexpected: number;
  rssMb: number | null;
  /** Median of the samples' live heap after the latest major GC. */
  heapMb: number | null;
}

export interface SoakVerdict {
  warmupS: number;
  windowS: number;
  windows: SoakWindow[];
  medianOpsPerS: number;
  worstDeviation: number;
  steady: boolean;
  /** Medians of the first and the last window after warm-up. */
  rssStartMb: number | null;
  rssEndMb: number | null;
  floorSpanS: number;
  rssFloorStartMb: number | null;
  rssFloorEndMb: number | null;
  /** Growth of the floor, which the verdict judges. */
  rssGrowth: number | null;
  /** Median live heap after major GCs in the same first and last spans, and its growth (judged too). */
  heapStartMb: number | null;
  heapEndMb: number | null;
  heapGrowth: number | null;
  /** The whole run (warm-up too) in sixths of at most 5 minutes: RSS lowest / median / highest, MB. */
  rssBySpan: Array<{ from: number; to: number; min: number; median: number; max: number; heap: number | null }>;
  memoryOk: boolean;
  unexpected: number;
  balanced: boolean;
  pass: boolean;
  failures: string[];
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

function window(samples: SoakSample[]): SoakWindow {
  const seconds = samples.reduce((a, s) => a + s.seconds, 0);
  const rate = (kinds: SoakKind[]) => samples.reduce((a, s) => a + kinds.reduce((b, k) => b + (s.kinds[k]?.perS ?? 0) * s.seconds, 0), 0) / seconds;
  const perS: SoakWindow['perS'] = { shop: rate(SHOP_KINDS) };
  const latency: SoakWindow['latency'] = {};
  for (const k of ['comment', 'like', 'grab', 'packet', 'browse', 'detail', 'cart', 'order', 'pay', 'confirm', 'join', 'push', 'refresh'] as SoakKind[]) {
    perS[k] = rate([k]);
    const p50s = samples.flatMap((s) => (s.kinds[k]?.p50 == null ? [] : [s.kinds[k]?.p50 as number]));
    const p99s = samples.flatMap((s) => (s.kinds[k]?.p99 == null ? [] : [s.kinds[k]?.p99 as number]));
    if (p50s.length) latency[k] = { p50: median(p50s), p99: Math.max(...p99s) };
  }
  const count = (f: (k: NonNullable<SoakSample['kinds'][SoakKind]>) => number) => samples.reduce((a, s) => a + Object.values(s.kinds).reduce((b, k) => b + f(k), 0), 0);
  const rss = samples.flatMap((s) => (s.rssMb === null ? [] : [s.rssMb]));
  const heap = samples.flatMap((s) => (s.heapMb === null ? [] : [s.heapMb]));
  return {
    from: (samples[0] as SoakSample).at - (samples[0] as SoakSample).seconds,
    to: (samples[samples.length - 1] as SoakSample).at,
    opsPerS: samples.reduce((a, s) => a + s.opsPerS * s.seconds, 0) / seconds,
    perS,
    latency,
    refused: count((k) => Object.values(k.refused).reduce((a, b) => a + b, 0)),
    unexpected: count((k) => k.unexpected),
    rssMb: rss.length ? median(rss) : null,
    heapMb: heap.length ? median(heap) : null,
  };
}

export function warmupFor(seconds: number, override?: number): number {
  return override ?? Math.min(180, Math.round(seconds * 0.1));
}

export function judge(report: SoakReport, seconds: number, sampleEveryS: number, warmupS: number): SoakVerdict {
  const after = report.samples.filter((s) => s.at - s.seconds >= warmupS - 0.5);
  const windowS = seconds - warmupS >= 300 ? 60 : 20;
  const per = Math.max(1, Math.round(windowS / sampleEveryS));
  const windows: SoakWindow[] = [];
  for (let i = 0; i + per <= after.length; i += per) windows.push(window(after.slice(i, i + per)));
  const medianOpsPerS = median(windows.map((w) => w.opsPerS));
  const worstDeviation = Math.max(0, ...windows.map((w) => Math.abs(w.opsPerS - medianOpsPerS) / medianOpsPerS));
  const first = windows[0]?.rssMb ?? null;
  const last = windows[windows.length - 1]?.rssMb ?? null;
  const floorSpanS = Math.min(300, (seconds - warmupS) / 3);
  const floor = (xs: SoakSample[]) => {
    const rss = xs.flatMap((s) => (s.rssMb === null ? [] : [s.rssMb]));
    return rss.length ? Math.min(...rss) : null;
  };
  const rssFloorStartMb = floor(after.filter((s) => s.at <= warmupS + floorSpanS + 0.5));
  const rssFloorEndMb = floor(after.filter((s) => s.at >= seconds - floorSpanS - 0.5));
  const rssGrowth = rssFloorStartMb !== null && rssFloorEndMb !== null ? (rssFloorEndMb - rssFloorStartMb) / rssFloorStartMb : null;
  const heapMedian = (xs: SoakSample[]) => {
    const heap = xs.flatMap((s) => (s.heapMb === null ? [] : [s.heapMb]));
    return heap.length ? median(heap) : null;
  };
  const heapStartMb = heapMedian(after.filter((s) => s.at <= warmupS + floorSpanS + 0.5));
  const heapEndMb = heapMedian(after.filter((s) => s.at >= seconds - floorSpanS - 0.5));
  const heapGrowth = heapStartMb !== null && heapEndMb !== null ? (heapEndMb - heapStartMb) / heapStartMb : null;
  const spanS = Math.max(sampleEveryS, Math.min(300, Math.round(seconds / 6 / sampleEveryS) * sampleEveryS));
  const rssBySpan: SoakVerdict['rssBySpan'] = [];
  for (let from = 0; from < seconds; from += spanS) {
    const inSpan = report.samples.filter((s) => s.at > from + 0.5 && s.at <= from + spanS + 0.5);
    const rss = inSpan.flatMap((s) => (s.rssMb === null ? [] : [s.rssMb]));
    if (rss.length) rssBySpan.push({ from, to: from + spanS, min: Math.min(...rss), median: median(rss), max: Math.max(...rss), heap: heapMedian(inSpan) });
  }
  const failures: string[] = [];
  const steady = windows.length >= 2 && worstDeviation <= STEADY_WITHIN;
  if (!steady) failures.push(windows.length < 2 ? `too short to judge: ${windows.length} window(s) after warm-up` : `throughput: a window ${(100 * worstDeviation).toFixed(0)}% off the median`);
  const rssOk = rssGrowth !== null && rssGrowth < MAX_RSS_GROWTH;
  if (!rssOk) failures.push(rssGrowth === null ? 'memory: no RSS samples' : `memory: the RSS floor grew ${(100 * rssGrowth).toFixed(1)}% after warm-up`);
  const heapOk = heapGrowth !== null && heapGrowth < MAX_RSS_GROWTH;
  if (!heapOk) failures.push(heapGrowth === null ? 'memory: no live-heap figures (was the server run with --trace-gc?)' : `memory: the live heap grew ${(100 * heapGrowth).toFixed(1)}% after warm-up`);
  const memoryOk = rssOk && heapOk;
  if (report.totals.unexpected > 0) failures.push(`${report.totals.unexpected} unexpected errors (first: ${report.totals.firstUnexpected.slice(0, 5).join('; ')})`);
  if (!report.books.balanced) failures.push(`books: ${[...report.books.packetsOff.slice(0, 3), ...report.books.skusOff.slice(0, 3), `ledger sum ${report.books.ledgerSum}`, `${report.books.walletsOutOfStepWithLedger} wallets ≠ their entries`].join('; ')}`);
  return {
    warmupS, windowS, windows, medianOpsPerS, worstDeviation, steady,
    rssStartMb: first, rssEndMb: last, floorSpanS, rssFloorStartMb, rssFloorEndMb, rssGrowth, heapStartMb, heapEndMb, heapGrowth, rssBySpan, memoryOk,
    unexpected: report.totals.unexpected, balanced: report.books.balanced,
    pass: failures.length === 0, failures,
  };
}

const int = (x: number | null | undefined) => (x == null || !Number.isFinite(x) ? '—' : Math.round(x).toLocaleString('en-US'));
const pct = (x: number | null) => (x === null ? '—' : `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}%`);
const ms = (l: { p50: number | null; p99: number | null } | undefined) => (l ? `${int(l.p50)} / ${int(l.p99)}` : '—');

/** The per-window table and the verdict lines, as markdown. */
export function describe(v: SoakVerdict, report: SoakReport): string {
  const lines = [
    `| window (s) | answers/s | comments/s | likes/s | grabs/s | shop req/s | comment ack p50 / p99 ms | like ack p50 / p99 ms | grab p50 / p99 ms | order p50 / p99 ms | pay+confirm p99 ms | refusals | unexpected | server RSS MB | live heap MB |`,
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...v.windows.map((w) =>
      `| ${int(w.from)}–${int(w.to)} | ${int(w.opsPerS)} | ${w.perS.comment?.toFixed(1)} | ${w.perS.like?.toFixed(1)} | ${w.perS.grab?.toFixed(1)} | ${w.perS.shop?.toFixed(1)} | ${ms(w.latency.comment)} | ${ms(w.latency.like)} | ${ms(w.latency.grab)} | ${ms(w.latency.order)} | ${int(w.latency.pay?.p99)} + ${int(w.latency.confirm?.p99)} | ${w.refused} | ${w.unexpected} | ${int(w.rssMb)} | ${w.heapMb?.toFixed(1) ?? '—'} |`,
    ),
  ];
  const t = report.totals;
  const refused = Object.entries(t.refused).map(([code, n]) => `${n.toLocaleString('en-US')} ${code}`).join(', ') || 'none';
  const answers = Object.entries(t.kinds).map(([k, c]) => `${k} ${(c.ok + Object.values(c.refused).reduce((a, b) => a + b, 0) + c.unexpected).toLocaleString('en-US')}`).join(', ');
  const b = report.books;
  lines.push(
    '',
    `answers by kind (whole run): ${answers}`,
    `expected refusals: ${refused}; unexpected errors: ${t.unexpected}${t.unexpected ? ` (first: ${t.firstUnexpected.slice(0, 10).join('; ')})` : ''}`,
    `viewers with an open socket at the end: ${report.viewersOpenAtEnd} of ${report.viewers}`,
    `books: ${b.packets} packets, ${int(b.packetsFunded)} fen put in = ${int(b.grabbed)} grabbed + ${int(b.refunded)} refunded${b.packetsOff.length ? ` — OFF: ${b.packetsOff.slice(0, 5).join('; ')}` : ''}; ledger sums to ${b.ledgerSum}, ${b.walletsOutOfStepWithLedger} wallets out of step with their entries; ${b.orders} orders (${b.paidOrders} paid), SKUs ${b.skusOff.length ? `OFF: ${b.skusOff.join('; ')}` : 'never below zero, stock left + units in orders = stock at the start'}`,
    '',
    `warm-up ${v.warmupS} s; ${v.windows.length} windows of ${v.windowS} s after it`,
    `throughput: median ${int(v.medianOpsPerS)} answers/s, worst window ${(100 * v.worstDeviation).toFixed(1)}% off (rule: within ±${100 * STEADY_WITHIN}%) → ${v.steady ? 'steady' : 'NOT STEADY'}`,
    `memory: server live heap after major GCs (median of the first / last ${int(v.floorSpanS)} s after warm-up) ${v.heapStartMb?.toFixed(1) ?? '—'} MB → ${v.heapEndMb?.toFixed(1) ?? '—'} MB, ${pct(v.heapGrowth)}; ` +
      `RSS floor (lowest sample of the same spans) ${int(v.rssFloorStartMb)} MB → ${int(v.rssFloorEndMb)} MB, ${pct(v.rssGrowth)} (rule: each < ${100 * MAX_RSS_GROWTH}%) → ${v.memoryOk ? 'ok' : 'GROWING'}; RSS medians of the first and last window ${int(v.rssStartMb)} → ${int(v.rssEndMb)} MB`,
    `server memory by ${int(v.rssBySpan[0]?.to)} s (RSS lowest / median / highest MB; live heap median MB): ${v.rssBySpan.map((r) => `${int(r.from)}–${int(r.to)} s ${int(r.min)} / ${int(r.median)} / ${int(r.max)}; ${r.heap?.toFixed(1) ?? '—'}`).join(', ')}`,
    `errors: ${v.unexpected} unexpected → ${v.unexpected === 0 ? 'ok' : 'FAIL'}; books → ${v.balanced ? 'balance' : 'DO NOT BALANCE'}`,
    `verdict: ${v.pass ? 'PASS' : `FAIL (${v.failures.join('; ')})`}`,
  );
  return lines.join('\n');
}
