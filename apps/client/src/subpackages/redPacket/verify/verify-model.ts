import { luckiest, SplitError, type SplitAlgorithm, splitAlgorithms, verify } from '@livemall/split';

/** What the verify page was opened with: the packet's public facts, its revealed seed, the grabs seen. */
export type VerifyQuery = Partial<Record<'seed' | 'commitment' | 'total' | 'count' | 'algorithm' | 'min' | 'max' | 'shares', string>>;

export type VerifyModel =
  | { kind: 'invalid'; message: string }
  | {
      kind: 'checked';
      ok: boolean;
      verdict: string;
      /** Every share the seed dictates, in grab order, with what was observed for it. */
      rows: Array<{ position: number; expected: number; observed: number | null; matches: boolean }>;
      luckiestIndex: number;
    };

const int = (text: string | undefined): number | undefined => (text && /^\d+$/.test(text) ? Number(text) : undefined);

/** Recomputes a finished packet from its seed and says whether the grabs were honest. Pure: no I/O. */
export function buildVerifyModel(query: VerifyQuery): VerifyModel {
  const total = int(query.total);
  const count = int(query.count);
  const algorithm = query.algorithm as SplitAlgorithm | undefined;
  if (!query.seed || !query.commitment || total === undefined || count === undefined || !algorithm || !splitAlgorithms.includes(algorithm)) {
    return { kind: 'invalid', message: '缺少红包信息：需要种子、承诺值、总金额、个数和算法' };
  }
  // An empty entry is a share position nobody holds (see verify-link.ts): not seen, so not compared.
  const observed = query.shares ? query.shares.split(',').map((s) => (s === '' ? null : Number(s))) : [];
  if (observed.some((n) => n !== null && !Number.isSafeInteger(n))) return { kind: 'invalid', message: '领取记录格式不对' };
  const held = observed.flatMap((n, i) => (n === null ? [] : [{ i, n }]));
  const options = { ...(int(query.min) ? { min: int(query.min) } : {}), ...(int(query.max) ? { max: int(query.max) } : {}) };
  try {
    // The seed and the commitment first (no observed shares), then each held position against its share.
    const result = verify(query.seed, query.commitment, total, count, algorithm, options, []);
    if (!result.ok) {
      return { kind: 'checked', ok: false, verdict: '种子与创建时公布的承诺值不符', rows: [], luckiestIndex: -1 };
    }
    const rows = result.shares.map((expected, i) => {
      const seen = observed[i] ?? null;
      return { position: i + 1, expected, observed: seen, matches: seen === null || seen === expected };
    });
    const tooMany = observed.length > result.shares.length;
    const wrong = rows.find((r) => !r.matches);
    const ok = !tooMany && !wrong;
    const verdict = ok ? '验证通过：每一份金额都由公布的种子决定' : tooMany ? '领取份数超过红包个数' : `第 ${wrong!.position} 份金额与种子不符`;
    const best = luckiest(held.map((h) => h.n));
    return { kind: 'checked', ok, verdict, rows, luckiestIndex: best < 0 ? -1 : held[best]!.i };
  } catch (error) {
    if (error instanceof SplitError) return { kind: 'invalid', message: `红包参数无效（${error.code}）` };
    throw error;
  }
}
