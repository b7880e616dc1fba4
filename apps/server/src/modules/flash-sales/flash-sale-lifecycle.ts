import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Jobs } from '../../jobs/jobs';
import { OrderLifecycle } from '../orders/order-lifecycle';
import type { OrderRow } from '../orders/orders.repository';
import { OrdersRepository } from '../orders/orders.repository';
import { FLASH_GATE, type FlashGate } from './gate/flash-gate';
import { FlashSalesRepository } from './flash-sales.repository';

const END_QUEUE = 'flash-sale-end';

/**
 * Where a sale's units go after the buy: an unpaid order that is cancelled (timeout or buyer) gives its
 * units and the buyer's quota back to the sale, in the cancelling transaction; when the sale ends (its
 * `endsAt` job, or the shop stops it) the units still unsold go back to the SKU, once.
 */
@Injectable()
export class FlashSaleLifecycle implements OnModuleInit, OnApplicationBootstrap {
  private readonly log = new Logger('FlashSaleLifecycle');

  constructor(
    private readonly sales: FlashSalesRepository,
    private readonly orders: OrdersRepository,
    private readonly lifecycle: OrderLifecycle,
    private readonly jobs: Jobs,
    @Inject(FLASH_GATE) private readonly gate: FlashGate,
  ) {}

  onModuleInit(): void {
    this.lifecycle.listen({ cancelled: (m, order) => this.orderCancelled(m, order) });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<{ saleId: string }>(END_QUEUE, async ({ saleId }) => {
      if ((await this.end(saleId)) !== null) return;
      const sale = await this.sales.find(saleId);
      // Early by the clocks' difference: fail, so pg-boss runs it again shortly.
      if (sale && !sale.settledAt) throw new Error(`flash sale ${saleId} is not over yet`);
    });
    // Jobs are persisted, but one may never have been sent (a crash right after a commit): send again.
    for (const s of await this.sales.unsettled()) await this.armEnd(s.id, s.endsAt);
  }

  async armEnd(saleId: string, endsAt: Date): Promise<void> {
    try {
      await this.jobs.schedule(END_QUEUE, { saleId }, new Date(endsAt), `flash-sale-end:${saleId}`);
    } catch (error) {
      this.log.error(`end of flash sale ${saleId} not scheduled (it is retried at the next boot): ${String(error)}`);
    }
  }

  /** Settles a sale that is over; safe to run any number of times. The units returned, or null. */
  async end(saleId: string): Promise<number | null> {
    const returned = await this.sales.settle(saleId);
    if (returned !== null) await this.gate.close(saleId);
    return returned;
  }

  private async orderCancelled(m: EntityManager, order: OrderRow): Promise<void> {
    if (order.source !== 'flash_sale' || !order.sourceId) return;
    const units = (await this.orders.items([order.id], m)).reduce((n, i) => n + i.quantity, 0);
    if (units === 0) return;
    const where = await this.sales.returnUnits(m, order.sourceId, order.userId, units);
    // Early by a commit: if this transaction rolled back, Redis would hold a unit PostgreSQL does not, and
    // PostgreSQL refuses that buyer — never the other way round (a unit nobody can buy).
    if (where === 'sale') await this.gate.giveBack(order.sourceId, order.userId, units);
  }
}
