import { Inject, Injectable } from '@nestjs/common';
import { DomainEvents } from '../../common/events/domain-events';
import { WalletRepository } from '../wallet/wallet.repository';
import { GRAB_STRATEGY, type GrabStrategy } from './grab/grab-strategy';
import { RedPacketsRepository } from './red-packets.repository';

/**
 * Ends a packet: at `validUntil` (the expiry job, or the start-up sweep for jobs missed while down) or
 * early by its merchant. What is left in escrow goes back to the merchant under the key
 * `refund:<packetId>`, so running this twice — a job retried, a sweep racing a job — refunds once.
 */
@Injectable()
export class RedPacketCloser {
  constructor(
    private readonly packets: RedPacketsRepository,
    private readonly wallets: WalletRepository,
    @Inject(GRAB_STRATEGY) private readonly strategy: GrabStrategy,
    private readonly events: DomainEvents,
  ) {}

  /** `early`: the merchant ends it now; otherwise only a packet whose time is up is closed. */
  async close(packetId: string, early = false): Promise<{ closed: boolean; refunded: number }> {
    const result = await this.packets.transaction(async (m) => {
      const p = await this.packets.findForUpdate(m, packetId);
      if (!p || p.status === 'finished' || p.status === 'expired') return null;
      if (!early && p.validUntil.getTime() > Date.now()) return null;
      const escrow = await this.wallets.ensure('escrow', p.id, m);
      const merchant = await this.wallets.ensure('merchant', p.merchantId, m);
      const left = await this.wallets.balanceOf('escrow', p.id, m);
      if (left > 0) {
        await this.wallets.move(m, { from: escrow, to: merchant, amount: left, reason: 'red_packet_refund', reference: p.id, key: `refund:${p.id}` });
      }
      await this.packets.markOver(m, p.id, 'expired');
      return { roomId: p.roomId, refunded: left };
    });
    if (!result) return { closed: false, refunded: 0 };
    await this.strategy.close(packetId, 'expired');
    this.events.publish({ type: 'red_packet.expired', packetId, roomId: result.roomId, refundedAmount: result.refunded });
    return { closed: true, refunded: result.refunded };
  }
}
