import { Injectable } from '@nestjs/common';
import type { Order, OrderListQuery } from '@livemall/shared';
import { z } from 'zod';
import { decodeCursor, pageFrom } from '../../common/paging/cursor';
import { toOrder } from './order.mapper';
import { orderErrors } from './orders.errors';
import { type OrderRow, OrdersRepository } from './orders.repository';

const cursorSchema = z.object({ seq: z.number().int().positive() });

/** Orders as their buyer or their shop sees them. Someone else's order does not exist for the caller. */
@Injectable()
export class OrdersReader {
  constructor(private readonly orders: OrdersRepository) {}

  async forUser(userId: string, orderId: string): Promise<Order> {
    const order = await this.orders.find(orderId);
    if (!order || order.userId !== userId) throw orderErrors.orderNotFound();
    return (await this.full([order]))[0] as Order;
  }

  async forMerchant(merchantId: string, orderId: string): Promise<Order> {
    const order = await this.orders.find(orderId);
    if (!order || order.merchantId !== merchantId) throw orderErrors.orderNotFound();
    return (await this.full([order]))[0] as Order;
  }

  async page(owner: { userId: string } | { merchantId: string }, query: OrderListQuery): Promise<{ items: Order[]; nextCursor: string | null }> {
    const after = decodeCursor(cursorSchema, query.cursor);
    const rows = await this.orders.page(owner, query.status, after?.seq, query.limit + 1);
    const page = pageFrom(rows, query.limit, (r) => ({ seq: r.seq }));
    return { items: await this.full(page.items), nextCursor: page.nextCursor };
  }

  private async full(rows: readonly OrderRow[]): Promise<Order[]> {
    const ids = rows.map((r) => r.id);
    const [items, refunds] = await Promise.all([this.orders.items(ids), this.orders.refunds(ids)]);
    return rows.map((r) => toOrder(r, items.filter((i) => i.orderId === r.id), refunds.filter((x) => x.orderId === r.id)));
  }
}
