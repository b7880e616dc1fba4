import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Jobs } from '../../jobs/jobs';
import { PaymentsService, type PaymentSucceeded } from '../payments/payments.service';
import { SYSTEM_WALLET_OWNER, WalletRepository } from '../wallet/wallet.repository';
import type { CancelReason } from '@livemall/shared';
import type { OrderListener } from './order-listener';
import { OrdersReader } from './orders.reader';
import { type OrderRow, OrdersRepository } from './orders.repository';
import { SkuRepository } from './sku.repository';

const TIMEOUT_QUEUE = 'order-payment-timeout';
const REFUND_QUEUE = 'order-refund';

/**
 * Where an order's stock and money move. Stock: reserved at creation, released exactly once — by the one
 * conditional update that cancels the order, or by a refund of goods that never shipped. Money: a payment
 * goes from the outside world (the system wallet) into the order's escrow; refunds go back out of it;
 * confirming receipt pays what is left to the shop. Each movement has its own ledger key, so a repeated
 * notification, job or click moves nothing twice.
 */
@Injectable()
export class OrderLifecycle implements OnApplicationBootstrap {
  private readonly log = new Logger('OrderLifecycle');
  private readonly listeners: OrderListener[] = [];

  constructor(
    private readonly orders: OrdersRepository,
    private readonly skus: SkuRepository,
    private readonly wallets: WalletRepository,
    private readonly jobs: Jobs,
    private readonly payments: PaymentsService,
    private readonly reader: OrdersReader,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.payments.onSucceeded((p) => this.paymentSucceeded(p));
    this.payments.setOrderReader((orderId, userId) => this.reader.forUser(userId, orderId));
    await this.jobs.work<{ orderId: string }>(TIMEOUT_QUEUE, async ({ orderId }) => {
      await this.timeout(orderId);
    });
    await this.jobs.work<{ refundId: string }>(REFUND_QUEUE, ({ refundId }) => this.executeRefund(refundId));
    // Jobs are persisted, but one may never have been sent (a crash right after a commit): send again.
    for (const o of await this.orders.pendingPastDeadline()) await this.armTimeoutAt(o.id, o.payDeadline);
    for (const id of await this.orders.approvedRefunds()) await this.armRefund(id);
  }

  /** Registered once, at module init, by the features that care about orders. */
  listen(listener: OrderListener): void {
    this.listeners.push(listener);
  }

  /** False if any feature holds the order back from shipping. */
  async shippable(order: OrderRow): Promise<boolean> {
    for (const l of this.listeners) if (l.shippable && !(await l.shippable(order))) return false;
    return true;
  }

  async armTimeout(orderId: string): Promise<void> {
    const order = await this.orders.find(orderId);
    if (order) await this.armTimeoutAt(order.id, order.payDeadline);
  }

  /**
   * Cancels an unpaid order and puts its stock back; true only for the call that cancelled it. Its pending
   * payment is closed at the provider first, so a buyer cannot pay it any more; if the provider says it was
   * paid meanwhile, the order is paid instead. (A payment that still slips through is handled by
   * `paymentSucceeded`.)
   */
  async cancel(orderId: string, reason: 'user' | 'timeout'): Promise<boolean> {
    if ((await this.payments.closeFor(orderId)) === 'paid') return false;
    return this.orders.transaction(async (m) => {
      const cancelled = await this.orders.transition(m, orderId, 'pending_payment', 'cancelled', { cancelled_at: new Date(), cancel_reason: reason });
      if (!cancelled) return false;
      await this.afterCancel(m, cancelled);
      return true;
    });
  }

  /**
   * Cancels a paid, unshipped order and gives all its money back (a group that did not fill, a seat lost
   * in a race). Run inside the caller's transaction; the refund is carried out by the refund job, which
   * `paymentSucceeded` and `armRefundsOf` arm after the commit. Null if the order was not paid.
   */
  async cancelPaidIn(m: EntityManager, orderId: string, reason: CancelReason, why: string): Promise<string | null> {
    const cancelled = await this.orders.transition(m, orderId, 'paid', 'cancelled', { cancelled_at: new Date(), cancel_reason: reason });
    if (!cancelled) return null;
    const amount = cancelled.totalFen - cancelled.refundedFen;
    const refund =
      amount > 0
        ? await this.orders.insertRefund(m, { orderId, kind: 'payment_return', orderItemId: null, paymentId: cancelled.paymentId, quantity: 0, amountFen: amount, reason: why, status: 'approved', restock: false })
        : null;
    await this.afterCancel(m, cancelled);
    return refund?.id ?? null;
  }

  /** Arms every approved refund of these orders (after the transaction that approved them committed). */
  async armRefundsOf(orderIds: readonly string[]): Promise<void> {
    for (const r of await this.orders.refunds(orderIds)) if (r.status === 'approved') await this.armRefund(r.id);
  }

  private async afterCancel(m: EntityManager, order: OrderRow): Promise<void> {
    if (order.holdsSkuStock) for (const item of await this.orders.items([order.id], m)) await this.skus.release(m, item.skuId, item.quantity);
    for (const l of this.listeners) await l.cancelled?.(m, order);
  }

  /** The payment-timeout job: safe to run any number of times. */
  async timeout(orderId: string): Promise<boolean> {
    const order = await this.orders.find(orderId);
    if (!order || order.status !== 'pending_payment') return false;
    if (new Date(order.payDeadline).getTime() > Date.now()) {
      await this.armTimeoutAt(order.id, order.payDeadline);
      return false;
    }
    return this.cancel(orderId, 'timeout');
  }

  /**
   * A payment arrived (called again for every repeated notification). Paid in full while pending: the
   * order is paid. After the order was cancelled: the stock is reserved again if it is all still there,
   * and the order is paid; otherwise — and for a second payment or a wrong amount — the money goes back.
   */
  async paymentSucceeded(p: PaymentSucceeded): Promise<void> {
    const returnId = await this.orders.transaction(async (m) => {
      const order = await this.orders.find(p.orderId, m, true);
      if (!order) throw new Error(`payment ${p.paymentId} is for an unknown order ${p.orderId}`);
      const system = await this.wallets.ensure('system', SYSTEM_WALLET_OWNER, m);
      const escrow = await this.wallets.ensure('escrow', order.id, m);
      const moved = await this.wallets.move(m, { from: system, to: escrow, amount: p.amountFen, reason: 'order_payment', reference: order.id, key: `pay:${p.paymentId}` });
      if (!moved) return null;
      if (p.amountFen === order.totalFen) {
        if (order.status === 'pending_payment') return this.markPaid(m, order, 'pending_payment', p.paymentId);
        // An activity's order is not revived: its seat, units or price may have gone to someone else.
        if (order.status === 'cancelled' && order.source === 'mall' && (await this.reserveAgain(m, order))) return this.markPaid(m, order, 'cancelled', p.paymentId);
      }
      const reason = order.status === 'cancelled' ? 'paid after the order was cancelled; out of stock' : 'payment the order could not keep';
      const refund = await this.orders.insertRefund(m, { orderId: order.id, kind: 'payment_return', orderItemId: null, paymentId: p.paymentId, quantity: 0, amountFen: p.amountFen, reason, status: 'approved', restock: false });
      return refund?.id ?? null;
    });
    if (returnId) await this.armRefund(returnId);
    // A paid hook may have given the money back at once (a group seat lost in a race).
    await this.armRefundsOf([p.orderId]);
  }

  /** Carries out an approved refund: the provider first (idempotent by refund id), then the books, once. */
  async executeRefund(refundId: string): Promise<void> {
    const refund = await this.orders.refund(refundId);
    if (!refund || refund.status !== 'approved') return;
    await this.payments.refund({ orderId: refund.orderId, refundId: refund.id, amountFen: refund.amountFen, reason: refund.reason, paymentId: refund.paymentId ?? undefined });
    await this.orders.transaction(async (m) => {
      const done = await this.orders.refundTransition(m, refundId, 'approved', 'refunded');
      if (!done) return;
      const escrow = await this.wallets.ensure('escrow', done.orderId, m);
      const system = await this.wallets.ensure('system', SYSTEM_WALLET_OWNER, m);
      await this.wallets.move(m, { from: escrow, to: system, amount: done.amountFen, reason: 'order_refund', reference: done.orderId, key: `refund:${done.id}` });
      const before = await this.orders.find(done.orderId, m);
      // A returned payment counts against the order only if it was the order's own payment (a whole-order
      // refund); a second or late payment sent back was never the order's money.
      const ordersMoney = done.kind === 'item' || (done.paymentId !== null && done.paymentId === before?.paymentId);
      if (ordersMoney) await this.orders.addRefunded(m, done.orderId, done.orderItemId, done.quantity, done.amountFen);
      const order = await this.orders.find(done.orderId, m);
      if (done.restock && done.orderItemId && order?.holdsSkuStock) {
        const item = (await this.orders.items([done.orderId], m)).find((i) => i.id === done.orderItemId);
        if (item) await this.skus.release(m, item.skuId, done.quantity);
      }
      if (order) for (const l of this.listeners) await l.refunded?.(m, order, done);
    });
  }

  /** Tells the features the order shipped, in the transaction that shipped it. */
  async shippedIn(m: EntityManager, order: OrderRow): Promise<void> {
    for (const l of this.listeners) await l.shipped?.(m, order);
  }

  /** Tells the features the order completed, in the transaction that completed it. */
  async completedIn(m: EntityManager, order: OrderRow): Promise<void> {
    for (const l of this.listeners) await l.completed?.(m, order);
  }

  /** Pays the shop what the order's escrow still holds, in the transaction that completes the order. */
  async settle(m: EntityManager, orderId: string, merchantId: string): Promise<void> {
    const escrow = await this.wallets.ensure('escrow', orderId, m);
    const merchant = await this.wallets.ensure('merchant', merchantId, m);
    const left = await this.wallets.balanceOf('escrow', orderId, m);
    if (left > 0) await this.wallets.move(m, { from: escrow, to: merchant, amount: left, reason: 'order_settlement', reference: orderId, key: `settle:${orderId}` });
  }

  async armRefund(refundId: string): Promise<void> {
    try {
      await this.jobs.schedule(REFUND_QUEUE, { refundId }, new Date(), refundId);
    } catch (error) {
      this.log.error(`refund ${refundId} not scheduled (it is retried at the next boot): ${String(error)}`);
    }
  }

  private async armTimeoutAt(orderId: string, at: Date): Promise<void> {
    try {
      await this.jobs.schedule(TIMEOUT_QUEUE, { orderId }, new Date(at), orderId);
    } catch (error) {
      this.log.error(`payment timeout of ${orderId} not scheduled (it is retried at the next boot): ${String(error)}`);
    }
  }

  private async markPaid(m: EntityManager, order: OrderRow, from: 'pending_payment' | 'cancelled', paymentId: string): Promise<null> {
    const paid = await this.orders.transition(m, order.id, from, 'paid', { paid_at: new Date(), payment_id: paymentId, cancelled_at: null, cancel_reason: null });
    if (!paid) throw new Error(`order ${order.id} changed under its lock`);
    for (const item of await this.orders.items([order.id], m)) await this.skus.addSales(m, item.goodsId, item.quantity);
    for (const l of this.listeners) await l.paid?.(m, order);
    return null;
  }

  /** Takes the stock of a cancelled order again, all of it or nothing. */
  private async reserveAgain(m: EntityManager, order: OrderRow): Promise<boolean> {
    await m.query('SAVEPOINT reserve_again');
    for (const item of (await this.orders.items([order.id], m)).sort((a, b) => (a.skuId < b.skuId ? -1 : 1))) {
      if (!(await this.skus.reserve(m, item.skuId, item.quantity))) {
        await m.query('ROLLBACK TO SAVEPOINT reserve_again');
        return false;
      }
    }
    await m.query('RELEASE SAVEPOINT reserve_again');
    return true;
  }
}
