import type { GrabRecord, RedPacket } from '@livemall/shared';

export const VERIFY_PAGE = '/subpackages/redPacket/verify/index';

type VerifyFacts = Pick<RedPacket, 'seed' | 'seedCommitment' | 'totalAmount' | 'totalCount' | 'algorithm' | 'maxShare' | 'minShare'>;

/**
 * The verify page's URL for a packet that is over: its public facts, the revealed seed and every grab at
 * its share position (`seq`), an empty entry for a position nobody holds. Positions can have gaps: in
 * scale-out mode a packet ended early refuses grabs the Redis gate had already let through, and their
 * shares go back in the refund. Null while the seed is still secret.
 */
export function verifyUrl(packet: VerifyFacts, grabs: ReadonlyArray<Pick<GrabRecord, 'amount' | 'seq'>>): string | null {
  if (packet.seed === null) return null;
  const bySeq: string[] = [];
  for (const g of grabs) bySeq[g.seq] = String(g.amount);
  const shares = Array.from(bySeq, (amount) => amount ?? '');
  const query: Array<[string, string]> = [
    ['seed', packet.seed],
    ['commitment', packet.seedCommitment],
    ['total', String(packet.totalAmount)],
    ['count', String(packet.totalCount)],
    ['algorithm', packet.algorithm],
    ['shares', shares.join(',')],
    ['max', String(packet.maxShare)],
    ['min', String(packet.minShare)],
  ];
  return `${VERIFY_PAGE}?${query.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}
