import type { RedPacket } from '@livemall/shared';
import type { RedPacketEntity } from './entities/red-packet.entity';

/** The public face of a packet: the seed only once it is over, so nobody can compute shares ahead. */
export function toRedPacketDto(p: RedPacketEntity, myGrab: { amount: number; seq: number } | null): RedPacket {
  const over = p.status === 'finished' || p.status === 'expired';
  const scheduled = p.status === 'scheduled' && p.validFrom.getTime() <= Date.now() ? 'active' : p.status;
  return {
    id: p.id,
    roomId: p.roomId,
    merchantId: p.merchantId,
    anchorName: p.anchorName,
    anchorAvatarUrl: p.anchorAvatarUrl,
    slogan: p.slogan,
    type: p.type,
    totalAmount: p.totalAmount,
    totalCount: p.totalCount,
    remainingAmount: p.remainingAmount,
    remainingCount: p.remainingCount,
    minShare: p.minShare,
    maxShare: p.maxShare,
    validFrom: p.validFrom.toISOString(),
    validUntil: p.validUntil.toISOString(),
    status: scheduled,
    seedCommitment: p.seedCommitment,
    seed: over ? p.seed : null,
    algorithm: p.type === 'lucky' ? 'doubleMean' : 'equal',
    createdAt: p.createdAt.toISOString(),
    myGrab,
  };
}
