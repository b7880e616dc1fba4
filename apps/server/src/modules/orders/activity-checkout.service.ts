import { Injectable } from '@nestjs/common';
import type { Order, OrderSource } from '@livemall/shared';
import type { EntityManager } from 'typeorm';
import { AddressesRepository } from './addresses.repository';
import { orderNo } from './order-no';
import { OrderLifecycle } from './order-lifecycle';
import { OrdersReader } from './orders.reader';
import { orderErrors } from './orders.errors';
import { OrdersRepository } from './orders.repository';
import { shippingFor } from './pricing';
import { SkuRepository } from './sku.repository';

export interface ActivityOrderInput {
  /** The buyer's idempotency key, as for catalogue orders. */
  requestId: string;
  addressId: string;
  skuId: string;
  quantity: number;
  /** The activity's price for one unit, in fen. */
  unitPriceFen: number;
  source: Exclude<OrderSource, 'mall'>;
  sourceId: string;
  /** How long the buyer has to pay; shorter than a catalogue order's for scarce units. */
  payMinutes: number;
  /** Take the units from `goods_skus.stock` (false: the activity set its own units aside). */
  reserveSkuStock: boolean;
}

/**
 * Orders whose price an activity decided (flash sale, group buy, bargain). One SKU line; no coupons or
 * 满减 on top (the documented stacking rule: an activity price is already the promotion). The activity
 * calls `createIn` inside its own transaction, so its gate (a seat, a unit, a finished bargain) and the
 * order commit together, then `afterCreate` once committed to arm the payment timeout.
 */
@Injectable()
export class ActivityCheckout {
  constructor(
    private readonly skus: SkuRepository,
    private readonly orders: OrdersRepository,
    private readonly addresses: AddressesRepository,
    private readonly lifecycle: OrderLifecycle,
    private readonly reader: OrdersReader,
  ) {}

  /** The order this request id already made, if any (a retry). */
  async existing(requestId: string): Promise<{ id: string; userId: string; source: OrderSource; sourceId: string | null } | null> {
    return this.orders.byRequestId(requestId);
  }

  async createIn(m: EntityManager, userId: string, input: ActivityOrderInput): Promise<string> {
    const address = await this.addresses.find(userId, input.addressId, m);
    if (!address) throw orderErrors.addressNotFound();
    const { id: _id, isDefault: _default, ...shipTo } = address;
    const sku = (await this.skus.find([input.skuId], m)).get(input.skuId);
    if (!sku) throw orderErrors.skuNotFound(input.skuId);
    if (!sku.available) throw orderErrors.offShelf(input.skuId);
    const itemsFen = input.unitPriceFen * input.quantity;
    const shippingFen = shippingFor(itemsFen);
    const order = await this.orders.insert(m, {
      no: orderNo(),
      requestId: input.requestId,
      userId,
      merchantId: sku.merchantId,
      itemsFen,
      shippingFen,
      discountFen: 0,
      totalFen: itemsFen + shippingFen,
      address: shipTo,
      payDeadline: new Date(Date.now() + input.payMinutes * 60_000),
      items: [{ skuId: sku.skuId, goodsId: sku.goodsId, title: sku.title, specText: sku.specText, coverUrl: sku.coverUrl, priceFen: input.unitPriceFen, quantity: input.quantity }],
      source: input.source,
      sourceId: input.sourceId,
      holdsSkuStock: input.reserveSkuStock,
    });
    if (input.reserveSkuStock && !(await this.skus.reserve(m, sku.skuId, input.quantity))) throw orderErrors.outOfStock(sku.skuId, sku.stock);
    return order.id;
  }

  async afterCreate(userId: string, orderId: string): Promise<Order> {
    await this.lifecycle.armTimeout(orderId);
    return this.reader.forUser(userId, orderId);
  }

  /** For a retried request: its order, if it is this buyer's and from the same activity. */
  async replay(userId: string, requestId: string, source: OrderSource, sourceId: string): Promise<Order | null> {
    const earlier = await this.orders.byRequestId(requestId);
    if (!earlier) return null;
    if (earlier.userId !== userId || earlier.source !== source || earlier.sourceId !== sourceId) throw orderErrors.idempotencyConflict();
    return this.reader.forUser(userId, earlier.id);
  }
}
