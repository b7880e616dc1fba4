import { Injectable } from '@nestjs/common';
import { BARGAIN_PAY_MINUTES, type BuyBargainRequest, type Order } from '@livemall/shared';
import { ActivityCheckout } from '../orders/activity-checkout.service';
import { bargainStatus } from './bargain.mapper';
import { BargainActivitiesRepository } from './bargain-activities.repository';
import { BargainsRepository } from './bargains.repository';
import { bargainErrors } from './bargains.errors';

/** Buying a bargain at its current price, any time before it expires. */
@Injectable()
export class BargainCheckoutService {
  constructor(
    private readonly bargains: BargainsRepository,
    private readonly activities: BargainActivitiesRepository,
    private readonly checkout: ActivityCheckout,
  ) {}

  async buy(userId: string, bargainId: string, body: BuyBargainRequest): Promise<Order> {
    const replay = await this.checkout.replay(userId, body.requestId, 'bargain', bargainId);
    if (replay) return replay;
    await this.bargains.expireDue({ id: bargainId });
    let orderId: string;
    try {
      // The bargain row's lock, the order and the mark commit together: one order per bargain at a time.
      orderId = await this.bargains.transaction(async (m) => {
        const b = await this.bargains.find(bargainId, m, true);
        if (!b || b.userId !== userId) throw bargainErrors.notFound();
        const status = bargainStatus(b, new Date());
        if (status === 'expired') throw bargainErrors.expired();
        if (status === 'ordered') throw bargainErrors.state(status, 'be bought again while its order is open', b.orderId);
        const activity = await this.activities.find(b.activityId, m);
        if (!activity) throw bargainErrors.notFound();
        const id = await this.checkout.createIn(m, userId, {
          requestId: body.requestId,
          addressId: body.addressId,
          skuId: activity.skuId,
          quantity: 1,
          unitPriceFen: b.currentPriceFen,
          source: 'bargain',
          sourceId: b.id,
          payMinutes: BARGAIN_PAY_MINUTES,
          reserveSkuStock: true,
        });
        if (!(await this.bargains.markOrdered(m, b.id, id))) throw bargainErrors.state(status, 'be bought');
        return id;
      });
    } catch (error) {
      // The same request twice at once: the second hits the order's unique request id and answers the first's order.
      if ((error as { code?: string }).code === '23505') {
        const winner = await this.checkout.replay(userId, body.requestId, 'bargain', bargainId);
        if (winner) return winner;
      }
      throw error;
    }
    return this.checkout.afterCreate(userId, orderId);
  }
}
