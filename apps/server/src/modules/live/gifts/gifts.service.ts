import { Inject, Injectable, Logger } from '@nestjs/common';
import { type Gift, GIFTS, type RoomGift, type SendGiftRequest, type SendGiftResult } from '@livemall/shared';
import { Points } from '../../points/points';
import { InsufficientBalance, WalletRepository } from '../../wallet/wallet.repository';
import { ROOM_BUS, type RoomBus } from '../room/room-bus';
import { giftErrors } from './gifts.errors';
import { type GiftRow, GiftsRepository } from './gifts.repository';

const byId = new Map<string, Gift>(GIFTS.map((g) => [g.id, g]));

/**
 * A viewer's gift: paid in one transaction with its record (wallet money goes to the room's merchant,
 * points are spent), then shown to the room with the sender's name. The request id makes a retry send
 * and charge once; only the request that paid announces the gift.
 */
@Injectable()
export class GiftsService {
  private readonly log = new Logger('GiftsService');

  constructor(
    private readonly gifts: GiftsRepository,
    private readonly wallets: WalletRepository,
    private readonly points: Points,
    @Inject(ROOM_BUS) private readonly bus: RoomBus,
  ) {}

  catalogue(): { items: Gift[] } {
    return { items: GIFTS.map((g) => ({ ...g })) };
  }

  async send(userId: string, roomId: string, body: SendGiftRequest): Promise<SendGiftResult> {
    const gift = byId.get(body.giftId) as Gift;
    const price = body.payWith === 'wallet' ? gift.priceFen : gift.pricePoints;
    if (price === null) throw giftErrors.notPayable();
    const room = await this.gifts.room(roomId);
    if (!room) throw giftErrors.roomNotFound();
    const [banned, nickname] = await Promise.all([this.gifts.isBanned(roomId, userId), this.gifts.nickname(userId)]);
    if (banned) throw giftErrors.banned();

    const wanted = { id: body.requestId, roomId, userId, giftId: body.giftId, payWith: body.payWith, price };
    const { row, fresh } = await this.wallets.runInTransaction(async (m) => {
      const inserted = await this.gifts.insert(m, wanted);
      if (!inserted) {
        const earlier = await this.gifts.find(m, body.requestId);
        if (!earlier || !sameGift(earlier, wanted)) throw giftErrors.idempotencyConflict();
        return { row: earlier, fresh: false };
      }
      // Checked inside the transaction's flow but after the idempotency check: a retry of a gift sent
      // while the room was live still answers with that gift.
      if (room.status !== 'live') throw giftErrors.notLive();
      const move = { amount: price, reason: 'gift' as const, reference: inserted.id, key: `gift:${inserted.id}` };
      try {
        // Points are spent through their lots (the ones expiring first); wallet money goes to the merchant.
        if (body.payWith === 'points') await this.points.spend(m, userId, move);
        else await this.wallets.move(m, { ...move, from: await this.wallets.ensure('user', userId, m), to: await this.wallets.ensure('merchant', room.merchantId, m) });
      } catch (error) {
        if (error instanceof InsufficientBalance) throw body.payWith === 'wallet' ? giftErrors.insufficientBalance() : giftErrors.insufficientPoints();
        throw error;
      }
      return { row: inserted, fresh: true };
    });

    const announced: RoomGift = { id: row.id, giftId: row.giftId, giftName: gift.name, sender: { userId, nickname }, at: row.createdAt.getTime() };
    if (fresh) {
      // Paid and committed: a failed broadcast must not turn into an error the client would retry.
      await this.bus.publish(roomId, { type: 'gift', gift: announced }).catch((e: unknown) => this.log.error(`gift ${row.id} not announced: ${String(e)}`));
    }
    const [walletFen, points] = await Promise.all([this.wallets.balanceOf('user', userId), this.wallets.balanceOf('points', userId)]);
    return { gift: announced, walletFen, points };
  }

  myPoints(userId: string): Promise<{ points: number }> {
    return this.points.balance(userId).then((points) => ({ points }));
  }
}

function sameGift(a: GiftRow, b: Omit<GiftRow, 'createdAt'>): boolean {
  return a.roomId === b.roomId && a.userId === b.userId && a.giftId === b.giftId && a.payWith === b.payWith;
}
