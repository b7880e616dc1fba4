import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.tokens';
import { CouponsService } from '../coupons/coupons.service';
import type { OrderRow } from '../orders/orders.repository';
import { OrderLifecycle } from '../orders/order-lifecycle';
import { Points } from '../points/points';
import { InvitesRepository } from './invites.repository';

/**
 * Rewards the inviter when the invitee's first order is paid, inside the payment's transaction. Once: the
 * invite row's conditional mark and the ledger key `invite:<inviteeId>` both allow a single reward, even
 * when two of the invitee's orders are paid at the same moment. With `INVITE_REWARD_COUPON_TEMPLATE_ID` the
 * inviter also gets a coupon (grant key `invite:<inviteeId>`); a missing or sold-out template only logs.
 */
@Injectable()
export class InviteRewardListener implements OnModuleInit {
  private readonly log = new Logger('InviteRewardListener');

  constructor(
    private readonly lifecycle: OrderLifecycle,
    private readonly invites: InvitesRepository,
    private readonly points: Points,
    private readonly coupons: CouponsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.lifecycle.listen({ paid: (m, order) => this.reward(m, order) });
  }

  async reward(m: EntityManager, order: OrderRow): Promise<void> {
    await this.invites.lockInvitee(m, order.userId);
    const invite = await this.invites.inviteOf(order.userId, m);
    if (!invite || invite.rewardedAt) return;
    // Only the first paid order counts (a bind racing an earlier payment must not earn on a later one).
    if (await this.invites.hasPaidOrder(order.userId, order.id, m)) return;
    const amount = this.config.inviteRewardPoints;
    const inviterId = await this.invites.markRewarded(m, order.userId, order.id, amount);
    if (!inviterId) return;
    // A lot like any other credit: it expires with the rules' expiry months.
    if (amount > 0) await this.points.credit(m, inviterId, { amount, reason: 'invite_reward', reference: order.userId, key: `invite:${order.userId}` });
    await this.rewardCoupon(m, inviterId, order.userId);
  }

  /** In a savepoint: a coupon that cannot be granted (gone, stopped, sold out) must never fail the payment or the points. */
  private async rewardCoupon(m: EntityManager, inviterId: string, inviteeId: string): Promise<void> {
    const templateId = this.config.inviteRewardCouponTemplateId;
    if (!templateId) return;
    await m.query('SAVEPOINT invite_coupon');
    try {
      await this.coupons.grant(m, inviterId, templateId, `invite:${inviteeId}`);
      await m.query('RELEASE SAVEPOINT invite_coupon');
    } catch (error) {
      await m.query('ROLLBACK TO SAVEPOINT invite_coupon');
      this.log.warn(`invite coupon ${templateId} not granted to ${inviterId} (invitee ${inviteeId}): ${(error as { code?: string }).code ?? String(error)}`);
    }
  }
}
