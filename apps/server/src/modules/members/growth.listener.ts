import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OrderRow } from '../orders/orders.repository';
import { OrderLifecycle } from '../orders/order-lifecycle';
import { growthForPaid } from './level-rules';
import { MembersRepository } from './members.repository';

/**
 * Growth for completed orders: paid minus refunded fen / 100, credited in the transaction that completed the
 * order, under the key `order:<id>`, so a confirmation heard twice counts once.
 */
@Injectable()
export class GrowthListener implements OnModuleInit {
  constructor(
    private readonly lifecycle: OrderLifecycle,
    private readonly repo: MembersRepository,
  ) {}

  onModuleInit(): void {
    this.lifecycle.listen({ completed: (m, order) => this.credit(m, order) });
  }

  async credit(m: EntityManager, order: OrderRow): Promise<void> {
    const amount = growthForPaid(order.totalFen - order.refundedFen);
    if (amount > 0) await this.repo.credit(m, `order:${order.id}`, order.userId, amount);
  }
}
