/**
 * What the soak counts: every request or frame of the mixed scenario ends as an answer (ok), a business
 * refusal the scenario expects (a packet already grabbed or empty, stock sold out, a limit doing its job),
 * or an unexpected error (5xx, network error, timeout, a socket cut off, any other code). Counters run per
 * kind in a window that `take()` closes, and in totals for the whole run.
 */
export type SoakKind =
  | 'join'
  | 'comment'
  | 'like'
  | 'grab'
  | 'grabs-list'
  | 'packet'
  | 'packet-end'
  | 'push'
  | 'browse'
  | 'detail'
  | 'cart'
  | 'order'
  | 'pay'
  | 'confirm'
  | 'refresh';

/** Refusals that are the product working as meant under this load. */
const EXPECTED: Partial<Record<SoakKind, ReadonlySet<string>>> = {
  grab: new Set(['ALREADY_GRABBED', 'RED_PACKET_EMPTY', 'RED_PACKET_EXPIRED']),
  order: new Set(['OUT_OF_STOCK']),
};
// A rate limit answering 429 is a business answer wherever it is configured.
const EXPECTED_EVERYWHERE: ReadonlySet<string> = new Set(['RATE_LIMITED']);

export const isExpectedRefusal = (kind: SoakKind, code: string) => EXPECTED_EVERYWHERE.has(code) || (EXPECTED[kind]?.has(code) ?? false);

interface Tally {
  ok: number;
  refused: Record<string, number>;
  unexpected: number;
  latencies: number[];
}

export interface KindStats {
  /** Answers of any sort (ok + refused + unexpected) per second. */
  perS: number;
  ok: number;
  refused: Record<string, number>;
  unexpected: number;
  p50: number | null;
  p99: number | null;
}

export interface WindowStats {
  seconds: number;
  kinds: Partial<Record<SoakKind, KindStats>>;
  /** All kinds' answers per second. */
  opsPerS: number;
  unexpected: number;
}

export interface Totals {
  kinds: Partial<Record<SoakKind, { ok: number; refused: Record<string, number>; unexpected: number }>>;
  refused: Record<string, number>;
  unexpected: number;
  /** The first unexpected errors, as `kind: what`, so a failed run says why. */
  firstUnexpected: string[];
}

const FIRST_UNEXPECTED_KEPT = 30;

export const percentile = (sorted: number[], p: number): number | null =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number) : null;

const emptyTally = (): Tally => ({ ok: 0, refused: {}, unexpected: 0, latencies: [] });

export class SoakMeter {
  private window = new Map<SoakKind, Tally>();
  private windowStart = performance.now();
  private readonly totals = new Map<SoakKind, Tally>();
  private readonly firstUnexpected: string[] = [];

  ok(kind: SoakKind, ms: number): void {
    for (const t of this.tallies(kind)) t.ok++;
    this.latency(kind, ms);
  }

  /** A 4xx/5xx answer with its error code: expected or not, by the table above. */
  answered(kind: SoakKind, status: number, code: string | undefined, ms: number): void {
    if (status < 500 && code && isExpectedRefusal(kind, code)) {
      for (const t of this.tallies(kind)) t.refused[code] = (t.refused[code] ?? 0) + 1;
      this.latency(kind, ms);
    } else this.unexpected(kind, `${status} ${code ?? 'no code'}`);
  }

  unexpected(kind: SoakKind, what: string): void {
    for (const t of this.tallies(kind)) t.unexpected++;
    if (this.firstUnexpected.length < FIRST_UNEXPECTED_KEPT) this.firstUnexpected.push(`${kind}: ${what}`);
  }

  /** Closes the window: its figures, and a fresh one. */
  take(): WindowStats {
    const now = performance.now();
    const seconds = (now - this.windowStart) / 1000;
    const kinds: WindowStats['kinds'] = {};
    let ops = 0;
    let unexpected = 0;
    for (const [kind, t] of this.window) {
      const answers = t.ok + Object.values(t.refused).reduce((a, b) => a + b, 0) + t.unexpected;
      const sorted = t.latencies.sort((a, b) => a - b);
      kinds[kind] = { perS: answers / seconds, ok: t.ok, refused: t.refused, unexpected: t.unexpected, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
      ops += answers;
      unexpected += t.unexpected;
    }
    this.window = new Map();
    this.windowStart = now;
    return { seconds, kinds, opsPerS: ops / seconds, unexpected };
  }

  totalsSoFar(): Totals {
    const kinds: Totals['kinds'] = {};
    const refused: Record<string, number> = {};
    let unexpected = 0;
    for (const [kind, t] of this.totals) {
      kinds[kind] = { ok: t.ok, refused: { ...t.refused }, unexpected: t.unexpected };
      for (const [code, n] of Object.entries(t.refused)) refused[code] = (refused[code] ?? 0) + n;
      unexpected += t.unexpected;
    }
    return { kinds, refused, unexpected, firstUnexpected: [...this.firstUnexpected] };
  }

  private latency(kind: SoakKind, ms: number): void {
    this.tally(this.window, kind).latencies.push(ms);
  }

  private tallies(kind: SoakKind): Tally[] {
    return [this.tally(this.window, kind), this.tally(this.totals, kind)];
  }

  private tally(map: Map<SoakKind, Tally>, kind: SoakKind): Tally {
    let t = map.get(kind);
    if (!t) map.set(kind, (t = emptyTally()));
    return t;
  }
}
