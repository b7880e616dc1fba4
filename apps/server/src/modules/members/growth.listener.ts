import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OrderRow } from '../orders/orders.repository';
import { OrderLifecycle } from '../orders/order-lifecycle';
import { CheckinHooks } from '../points/checkin-hooks';
import { growthForPaid } from './level-rules';
import { MembersRepository } from './members.repository';

/** Activity growth: each daily check-in adds this much. */
export const CHECKIN_GROWTH = 1;

/**
 * Growth for completed orders: paid minus refunded fen / 100, credited in the transaction that completed the
 * order, under the key `order:<id>`, so a confirmation heard twice counts once. Activity: a fresh daily
 * check-in adds `CHECKIN_GROWTH` in the check-in's transaction, key `checkin:<user>:<day>`.
 */
@Injectable()
export class GrowthListener implements OnModuleInit {
  constructor(
    private readonly lifecycle: OrderLifecycle,
    private readonly repo: MembersRepository,
    private readonly checkins: CheckinHooks,
  ) {}

  onModuleInit(): void {
    this.lifecycle.listen({ completed: (m, order) => this.credit(m, order) });
    this.checkins.listen(async (m, userId, day) => {
      await this.repo.credit(m, `checkin:${userId}:${day}`, userId, CHECKIN_GROWTH);
    });
  }

  async credit(m: EntityManager, order: OrderRow): Promise<void> {
    const amount = growthForPaid(order.totalFen - order.refundedFen);
    if (amount > 0) await this.repo.credit(m, `order:${order.id}`, order.userId, amount);
  }
}
