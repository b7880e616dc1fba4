import type { GrabRecord, RedPacket } from '@livemall/shared';
import { verify } from '@livemall/split';

export type ProofCheck = { ok: true } | { ok: false; why: string };

/**
 * Recomputes the packet's shares from the revealed seed, in the browser, and compares them with the
 * recorded grabs in grab order — the same check the app's 验证公平性 page makes.
 */
export function checkProof(packet: Pick<RedPacket, 'seed' | 'seedCommitment' | 'totalAmount' | 'totalCount' | 'algorithm' | 'minShare' | 'maxShare'>, grabs: readonly Pick<GrabRecord, 'seq' | 'amount'>[]): ProofCheck {
  if (!packet.seed) return { ok: false, why: '红包结束后才公布种子' };
  const ordered = [...grabs].sort((a, b) => a.seq - b.seq);
  const gap = ordered.findIndex((g, i) => g.seq !== i);
  if (gap >= 0) return { ok: false, why: `第 ${gap + 1} 个领取记录缺失或重复` };
  let result: ReturnType<typeof verify>;
  try {
    result = verify(packet.seed, packet.seedCommitment, packet.totalAmount, packet.totalCount, packet.algorithm, { min: packet.minShare, max: packet.maxShare }, ordered.map((g) => g.amount));
  } catch (e) {
    return { ok: false, why: e instanceof Error ? e.message : '无法重算' };
  }
  if (result.ok) return { ok: true };
  switch (result.reason) {
    case 'COMMITMENT_MISMATCH':
      return { ok: false, why: '种子的 SHA-256 与创建时公布的承诺不符' };
    case 'TOO_MANY_SHARES':
      return { ok: false, why: '领取记录比红包个数还多' };
    default:
      return { ok: false, why: `第 ${result.index + 1} 个领取应为 ${result.expected} 分，记录为 ${result.observed} 分` };
  }
}
