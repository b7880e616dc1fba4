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
  const observed = query.shares ? query.shares.split(',').map((s) => Number(s)) : [];
  if (observed.some((n) => !Number.isSafeInteger(n))) return { kind: 'invalid', message: '领取记录格式不对' };
  const options = { ...(int(query.min) ? { min: int(query.min) } : {}), ...(int(query.max) ? { max: int(query.max) } : {}) };
  try {
    const result = verify(query.seed, query.commitment, total, count, algorithm, options, observed);
    if (!result.ok && result.reason === 'COMMITMENT_MISMATCH') {
      return { kind: 'checked', ok: false, verdict: '种子与创建时公布的承诺值不符', rows: [], luckiestIndex: -1 };
    }
    const rows = result.shares.map((expected, i) => {
      const seen = observed[i];
      return { position: i + 1, expected, observed: seen ?? null, matches: seen === undefined || seen === expected };
    });
    const verdict = result.ok ? '验证通过：每一份金额都由公布的种子决定' : result.reason === 'TOO_MANY_SHARES' ? '领取份数超过红包个数' : `第 ${result.index + 1} 份金额与种子不符`;
    return { kind: 'checked', ok: result.ok, verdict, rows, luckiestIndex: luckiest(observed) };
  } catch (error) {
    if (error instanceof SplitError) return { kind: 'invalid', message: `红包参数无效（${error.code}）` };
    throw error;
  }
}
