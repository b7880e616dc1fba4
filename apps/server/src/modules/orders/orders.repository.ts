import { Injectable } from '@nestjs/common';
import type { CancelReason, OrderSource, OrderStatus } from '@livemall/shared';
import { DataSource, type EntityManager } from 'typeorm';

export interface OrderRow {
  id: string;
  seq: number;
  no: string;
  requestId: string;
  userId: string;
  merchantId: string;
  status: OrderStatus;
  source: OrderSource;
  sourceId: string | null;
  holdsSkuStock: boolean;
  itemsFen: number;
  shippingFen: number;
  discountFen: number;
  totalFen: number;
  refundedFen: number;
  couponId: string | null;
  address: Record<string, string>;
  createdAt: Date;
  payDeadline: Date;
  paidAt: Date | null;
  paymentId: string | null;
  shippedAt: Date | null;
  carrier: string | null;
  trackingNo: string | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: CancelReason | null;
}

export interface ItemRow {
  id: string;
  orderId: string;
  skuId: string;
  goodsId: string;
  title: string;
  specText: string;
  coverUrl: string | null;
  priceFen: number;
  quantity: number;
  refundedQuantity: number;
  /** The line's share of the order's discount. */
  discountFen: number;
}

export interface RefundRow {
  id: string;
  orderId: string;
  kind: 'item' | 'payment_return';
  orderItemId: string | null;
  paymentId: string | null;
  quantity: number;
  amountFen: number;
  reason: string;
  status: 'requested' | 'approved' | 'rejected' | 'refunded';
  note: string | null;
  restock: boolean;
  createdAt: Date;
}

const ORDER_COLUMNS = `id, seq, no, request_id, user_id, merchant_id, status, source, source_id, holds_sku_stock, items_fen, shipping_fen, discount_fen, total_fen, refunded_fen, coupon_id, address,
  created_at, pay_deadline, paid_at, payment_id, shipped_at, carrier, tracking_no, completed_at, cancelled_at, cancel_reason`;

/** A row as the driver returns it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = Record<string, any>;
const toOrder = (r: Raw): OrderRow => ({
  id: r.id, seq: Number(r.seq), no: r.no, requestId: r.request_id, userId: r.user_id, merchantId: r.merchant_id, status: r.status,
  source: r.source, sourceId: r.source_id, holdsSkuStock: r.holds_sku_stock,
  itemsFen: Number(r.items_fen), shippingFen: Number(r.shipping_fen), discountFen: Number(r.discount_fen), totalFen: Number(r.total_fen),
  refundedFen: Number(r.refunded_fen), couponId: r.coupon_id, address: r.address, createdAt: r.created_at, payDeadline: r.pay_deadline, paidAt: r.paid_at,
  paymentId: r.payment_id, shippedAt: r.shipped_at, carrier: r.carrier, trackingNo: r.tracking_no, completedAt: r.completed_at,
  cancelledAt: r.cancelled_at, cancelReason: r.cancel_reason,
});
const toItem = (r: Raw): ItemRow => ({
  id: r.id, orderId: r.order_id, skuId: r.sku_id, goodsId: r.goods_id, title: r.title, specText: r.spec_text, coverUrl: r.cover_url,
  priceFen: Number(r.price_fen), quantity: r.quantity, refundedQuantity: r.refunded_quantity, discountFen: Number(r.discount_fen),
});
const toRefund = (r: Raw): RefundRow => ({
  id: r.id, orderId: r.order_id, kind: r.kind, orderItemId: r.order_item_id, paymentId: r.payment_id, quantity: r.quantity,
  amountFen: Number(r.amount_fen), reason: r.reason, status: r.status, note: r.note, restock: r.restock, createdAt: r.created_at,
});
// TypeORM's postgres driver answers UPDATE … RETURNING with [rows, affected].
const updated = (result: unknown[]): unknown[] => (Array.isArray(result[0]) ? (result[0] as unknown[]) : result);

export interface NewOrder {
  no: string;
  requestId: string;
  userId: string;
  merchantId: string;
  itemsFen: number;
  shippingFen: number;
  discountFen: number;
  totalFen: number;
  address: Record<string, string>;
  payDeadline: Date;
  items: Array<Omit<ItemRow, 'id' | 'orderId' | 'refundedQuantity' | 'discountFen'> & { discountFen?: number }>;
  /** The coupon used (already marked used in the same transaction). */
  couponId?: string | null;
  /** Defaults: a catalogue order holding SKU stock. */
  source?: OrderSource;
  sourceId?: string | null;
  holdsSkuStock?: boolean;
}

/** Orders, their items and refunds. Every state change is one conditional UPDATE: it happens once or not at all. */
@Injectable()
export class OrdersRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async byRequestId(requestId: string, m: EntityManager = this.db.manager): Promise<OrderRow | null> {
    const [r] = await m.query(`SELECT ${ORDER_COLUMNS} FROM orders WHERE request_id = $1`, [requestId]);
    return r ? toOrder(r) : null;
  }

  async find(id: string, m: EntityManager = this.db.manager, lock = false): Promise<OrderRow | null> {
    const [r] = await m.query(`SELECT ${ORDER_COLUMNS} FROM orders WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return r ? toOrder(r) : null;
  }

  async insert(m: EntityManager, o: NewOrder): Promise<OrderRow> {
    const [r] = await m.query(
      `INSERT INTO orders (no, request_id, user_id, merchant_id, status, items_fen, shipping_fen, discount_fen, total_fen, address, pay_deadline, source, source_id, holds_sku_stock, coupon_id)
       VALUES ($1, $2, $3, $4, 'pending_payment', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING ${ORDER_COLUMNS}`,
      [o.no, o.requestId, o.userId, o.merchantId, o.itemsFen, o.shippingFen, o.discountFen, o.totalFen, JSON.stringify(o.address), o.payDeadline, o.source ?? 'mall', o.sourceId ?? null, o.holdsSkuStock ?? true, o.couponId ?? null],
    );
    const order = toOrder(r);
    await m.query(
      `INSERT INTO order_items (order_id, sku_id, goods_id, title, spec_text, cover_url, price_fen, quantity, discount_fen)
       SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::varchar[], $5::varchar[], $6::varchar[], $7::bigint[], $8::int[], $9::bigint[])`,
      [order.id, o.items.map((i) => i.skuId), o.items.map((i) => i.goodsId), o.items.map((i) => i.title), o.items.map((i) => i.specText), o.items.map((i) => i.coverUrl), o.items.map((i) => i.priceFen), o.items.map((i) => i.quantity), o.items.map((i) => i.discountFen ?? 0)],
    );
    return order;
  }

  async items(orderIds: readonly string[], m: EntityManager = this.db.manager): Promise<ItemRow[]> {
    if (orderIds.length === 0) return [];
    const rows = await m.query(`SELECT * FROM order_items WHERE order_id = ANY($1::uuid[]) ORDER BY order_id, id`, [orderIds]);
    return rows.map(toItem);
  }

  async refunds(orderIds: readonly string[], m: EntityManager = this.db.manager): Promise<RefundRow[]> {
    if (orderIds.length === 0) return [];
    const rows = await m.query(`SELECT * FROM refunds WHERE order_id = ANY($1::uuid[]) ORDER BY created_at`, [orderIds]);
    return rows.map(toRefund);
  }

  async refund(id: string, m: EntityManager = this.db.manager, lock = false): Promise<RefundRow | null> {
    const [r] = await m.query(`SELECT * FROM refunds WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return r ? toRefund(r) : null;
  }

  /** A page of orders of a buyer or a shop, newest first. */
  async page(owner: { userId: string } | { merchantId: string }, status: OrderStatus | undefined, beforeSeq: number | undefined, take: number): Promise<OrderRow[]> {
    const [column, value] = 'userId' in owner ? ['user_id', owner.userId] : ['merchant_id', owner.merchantId];
    const rows = await this.db.query(
      `SELECT ${ORDER_COLUMNS} FROM orders WHERE ${column} = $1 AND ($2::varchar IS NULL OR status = $2) AND ($3::bigint IS NULL OR seq < $3)
        ORDER BY seq DESC LIMIT $4`,
      [value, status ?? null, beforeSeq ?? null, take],
    );
    return rows.map(toOrder);
  }

  /** Moves the order from `from` to `to` if it is still in `from`; the changed row, or null. */
  async transition(m: EntityManager, id: string, from: OrderStatus, to: OrderStatus, set: Record<string, unknown> = {}): Promise<OrderRow | null> {
    const keys = Object.keys(set);
    const assignments = keys.map((k, i) => `${k} = $${i + 4}`).join(', ');
    const result = await m.query(
      `UPDATE orders SET status = $3, updated_at = now()${assignments ? `, ${assignments}` : ''} WHERE id = $1 AND status = $2 RETURNING ${ORDER_COLUMNS}`,
      [id, from, to, ...keys.map((k) => set[k])],
    );
    const rows = updated(result);
    return rows[0] ? toOrder(rows[0]) : null;
  }

  async insertRefund(m: EntityManager, r: Omit<RefundRow, 'id' | 'createdAt' | 'note'>): Promise<RefundRow | null> {
    const rows = await m.query(
      `INSERT INTO refunds (order_id, kind, order_item_id, payment_id, quantity, amount_fen, reason, status, restock)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING *`,
      [r.orderId, r.kind, r.orderItemId, r.paymentId, r.quantity, r.amountFen, r.reason, r.status, r.restock],
    );
    return rows[0] ? toRefund(rows[0]) : null;
  }

  async refundTransition(m: EntityManager, id: string, from: RefundRow['status'], to: RefundRow['status'], note?: string): Promise<RefundRow | null> {
    const stamp = to === 'refunded' ? 'refunded_at' : 'decided_at';
    const result = await m.query(
      `UPDATE refunds SET status = $3, ${stamp} = now(), note = coalesce($4, note) WHERE id = $1 AND status = $2 RETURNING *`,
      [id, from, to, note ?? null],
    );
    const rows = updated(result);
    return rows[0] ? toRefund(rows[0]) : null;
  }

  async setRestock(m: EntityManager, refundId: string): Promise<void> {
    await m.query(`UPDATE refunds SET restock = true WHERE id = $1`, [refundId]);
  }

  async addRefunded(m: EntityManager, orderId: string, itemId: string | null, quantity: number, amountFen: number): Promise<void> {
    await m.query(`UPDATE orders SET refunded_fen = refunded_fen + $2 WHERE id = $1`, [orderId, amountFen]);
    if (itemId) await m.query(`UPDATE order_items SET refunded_quantity = refunded_quantity + $2 WHERE id = $1`, [itemId, quantity]);
  }

  async pendingPastDeadline(): Promise<Array<{ id: string; payDeadline: Date }>> {
    const rows: Array<{ id: string; pay_deadline: Date }> = await this.db.query(`SELECT id, pay_deadline FROM orders WHERE status = 'pending_payment'`);
    return rows.map((r) => ({ id: r.id, payDeadline: r.pay_deadline }));
  }

  async approvedRefunds(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(`SELECT id FROM refunds WHERE status = 'approved'`);
    return rows.map((r) => r.id);
  }

  async merchantOf(ownerUserId: string): Promise<string | null> {
    const [m] = await this.db.query(`SELECT id FROM merchants WHERE owner_user_id = $1`, [ownerUserId]);
    return m?.id ?? null;
  }
}
