import { Injectable, type OnModuleInit } from '@nestjs/common';
import { OrderLifecycle } from '../orders/order-lifecycle';
import { BargainsRepository } from './bargains.repository';

/**
 * A bargain order cancelled unpaid (timeout or buyer) gives the bargain back: it can be bought again
 * until it expires. A paid order cancelled later is a refund, not a second chance.
 */
@Injectable()
export class BargainOrdersListener implements OnModuleInit {
  constructor(
    private readonly lifecycle: OrderLifecycle,
    private readonly bargains: BargainsRepository,
  ) {}

  onModuleInit(): void {
    this.lifecycle.listen({
      cancelled: async (m, order) => {
        if (order.source !== 'bargain' || !order.sourceId || order.paidAt) return;
        await this.bargains.reopen(m, order.sourceId, order.id);
      },
    });
  }
}
