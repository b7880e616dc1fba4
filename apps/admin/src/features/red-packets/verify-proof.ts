import type { GrabRecord, RedPacket } from '@livemall/shared';
import { verify } from '@livemall/split';

export type ProofCheck = { ok: true } | { ok: false; why: string };

/**
 * Recomputes the packet's shares from the revealed seed, in the browser: the seed must hash to the
 * commitment published at creation, and every recorded grab must hold the share of its position (`seq`).
 * Positions are compared by `seq`, not by list index: with the Redis gate a packet ended in the middle of
 * a storm can leave a position unclaimed (admitted by Redis, refused by PostgreSQL once closed — its
 * money was refunded), and a gap is not unfairness.
 */
export function checkProof(packet: Pick<RedPacket, 'seed' | 'seedCommitment' | 'totalAmount' | 'totalCount' | 'algorithm' | 'minShare' | 'maxShare'>, grabs: readonly Pick<GrabRecord, 'seq' | 'amount'>[]): ProofCheck {
  if (!packet.seed) return { ok: false, why: '红包结束后才公布种子' };
  let result: ReturnType<typeof verify>;
  try {
    result = verify(packet.seed, packet.seedCommitment, packet.totalAmount, packet.totalCount, packet.algorithm, { min: packet.minShare, max: packet.maxShare }, []);
  } catch (e) {
    return { ok: false, why: e instanceof Error ? e.message : '无法重算' };
  }
  if (!result.ok) return { ok: false, why: result.reason === 'COMMITMENT_MISMATCH' ? '种子的 SHA-256 与创建时公布的承诺不符' : '无法重算' };
  const seen = new Set<number>();
  for (const g of [...grabs].sort((a, b) => a.seq - b.seq)) {
    if (g.seq >= result.shares.length) return { ok: false, why: `第 ${g.seq + 1} 个领取超出了红包个数` };
    if (seen.has(g.seq)) return { ok: false, why: `第 ${g.seq + 1} 个位置被领取了两次` };
    seen.add(g.seq);
    if (result.shares[g.seq] !== g.amount) return { ok: false, why: `第 ${g.seq + 1} 个领取应为 ${result.shares[g.seq]} 分，记录为 ${g.amount} 分` };
  }
  return { ok: true };
}
