import { Inject, Injectable } from '@nestjs/common';
import { ROOM_BUS, type RoomBus } from '../live/room/room-bus';
import { RoomFloor } from '../live/room/room-floor';
import { couponErrors } from './coupons.errors';
import { CouponsRepository } from './coupons.repository';
import { stillClaimable } from './validity';

/** A coupon card in a live room: pushed by whoever runs the room's floor, claimed by viewers through the normal claim route. */
@Injectable()
export class CouponPushService {
  constructor(
    private readonly repo: CouponsRepository,
    private readonly floor: RoomFloor,
    @Inject(ROOM_BUS) private readonly bus: RoomBus,
  ) {}

  async push(userId: string, roomId: string, templateId: string): Promise<{ ok: true }> {
    const { merchantId } = await this.floor.check(userId, roomId);
    const t = await this.repo.template(templateId);
    if (!t || t.merchantId !== merchantId) throw couponErrors.templateNotFound();
    if (t.grantOnSignup || t.grantOnBirthday || !stillClaimable(t, new Date())) throw couponErrors.notClaimable();
    await this.bus.publish(roomId, { type: 'coupon_card', coupon: { templateId: t.id, name: t.name, rule: t.rule, remaining: t.totalQuantity - t.claimedCount } });
    return { ok: true };
  }
}
