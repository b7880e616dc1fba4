import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Order, PayOrderResult } from '@livemall/shared';
import { CLOCK, type Clock } from '../../common/clock/clock';
import { UsersRepository } from '../users/users.repository';
import type { PaymentEntity } from './entities/payment.entity';
import { paymentErrors } from './payments.errors';
import { PaymentsRepository } from './payments.repository';
import { PAYMENT_PROVIDER, type PaymentProvider } from './providers/payment-provider';

export interface PayableOrder {
  id: string;
  no: string;
  userId: string;
  totalFen: number;
  description: string;
}

export interface PaymentSucceeded {
  paymentId: string;
  orderId: string;
  amountFen: number;
}

export type SucceededHandler = (p: PaymentSucceeded) => Promise<void>;
/** Reads an order as its buyer sees it (throws ORDER_NOT_FOUND for someone else's). */
export type OrderReader = (orderId: string, userId: string) => Promise<Order>;

/** Headers and exact body bytes of a provider's notification. */
export interface Notification {
  headers: Record<string, string | string[] | undefined>;
  rawBody: Buffer;
}

/**
 * Takes an order's money through the configured provider and tells the orders module when it arrived.
 * Orders are not read here: the orders module registers what to do on success (`onSucceeded`) and how
 * to show an order (`setOrderReader`) at boot, so this module does not depend on it.
 */
@Injectable()
export class PaymentsService {
  private readonly log = new Logger('Payments');
  private readonly succeededHandlers: SucceededHandler[] = [];
  private orderReader: OrderReader | undefined;

  constructor(
    private readonly payments: PaymentsRepository,
    private readonly users: UsersRepository,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Registered by the orders module at boot; must be idempotent (it runs again for every repeated notification). */
  onSucceeded(handler: SucceededHandler): void {
    this.succeededHandlers.push(handler);
  }

  /** Registered by the orders module at boot: `POST /payments/:id/dev-confirm` answers with the order. */
  setOrderReader(reader: OrderReader): void {
    this.orderReader = reader;
  }

  /** One pending payment per order (reused on retry, re-created if the amount changed); asks the provider. */
  async start(order: PayableOrder): Promise<PayOrderResult> {
    const [succeeded] = await this.payments.succeededFor(order.id);
    if (succeeded) {
      // The orders module asks to pay only an order it holds unpaid, so the handlers did not finish: the
      // process died between the payment's success and the order's (the crash drill's checkout storm found
      // it). They are idempotent; running them again pays the order before the buyer is told it is paid.
      await this.runHandlers(succeeded);
      throw paymentErrors.alreadyPaid();
    }
    const payerOpenid = this.provider.confirmsLocally ? null : ((await this.users.findById(order.userId))?.openid ?? null);
    // Three rounds cover a concurrent start creating the pending row first, and one stale row to close.
    for (let round = 0; round < 3; round++) {
      const payment = await this.pendingPayment(order);
      if (!payment) continue;
      const { prepayId, result } = await this.provider.prepay({
        paymentId: payment.id,
        outTradeNo: payment.outTradeNo,
        amountFen: payment.amountFen,
        description: order.description,
        payerOpenid,
      });
      if (prepayId && prepayId !== payment.prepayId) await this.payments.setPrepayId(payment.id, prepayId);
      return result;
    }
    throw new Error(`order ${order.id}: no pending payment after three rounds`);
  }

  /** Dev provider only (else PAYMENT_NOT_FOUND): the payment's owner confirms it; behaves like a valid notify. */
  async confirmDev(paymentId: string, userId: string): Promise<{ orderId: string }> {
    if (!this.provider.confirmsLocally) throw paymentErrors.notFound();
    const payment = await this.payments.byId(paymentId);
    // A closed payment was replaced by one of the order's new amount: only that one can be paid.
    if (!payment || payment.userId !== userId || payment.provider !== this.provider.name || payment.status === 'closed') {
      throw paymentErrors.notFound();
    }
    await this.succeed(payment, null);
    return { orderId: payment.orderId };
  }

  /** `confirmDev`, answered with the order as its buyer now sees it. */
  async confirmDevAndRead(paymentId: string, userId: string): Promise<Order> {
    const { orderId } = await this.confirmDev(paymentId, userId);
    if (!this.orderReader) throw new Error('no order reader registered (the orders module calls setOrderReader at boot)');
    return this.orderReader(orderId, userId);
  }

  /**
   * A provider's notification: checked (signature, age, merchant, our number, the amount), then handled
   * like any success. Resolves only when every handler did, so the provider retries otherwise.
   */
  async handleNotification(n: Notification): Promise<void> {
    const tx = this.provider.readNotify(n.headers, n.rawBody);
    const payment = await this.payments.byOutTradeNo(tx.outTradeNo);
    if (!payment || payment.provider !== this.provider.name) throw paymentErrors.notifyInvalid(`unknown out_trade_no ${tx.outTradeNo}`);
    if (tx.amountFen !== payment.amountFen) throw paymentErrors.notifyInvalid(`amount ${tx.amountFen} is not the payment's ${payment.amountFen}`);
    // WeChat only notifies successes; anything else changes nothing here, and acknowledging it stops the retries.
    if (tx.state !== 'SUCCESS') {
      this.log.warn(`notification for ${payment.id} in state ${tx.state}: ignored`);
      return;
    }
    await this.succeed(payment, tx.transactionId);
  }

  /**
   * Money back for part or all of an order's succeeded payment; idempotent by refundId (a retry refunds
   * once). `paymentId` picks the payment (a second payment the order could not keep); without it, the one
   * the order kept (the first to succeed). Throws PAYMENT_PROVIDER_ERROR if the provider refuses.
   */
  async refund(input: { orderId: string; refundId: string; amountFen: number; reason: string; paymentId?: string }): Promise<void> {
    if (!Number.isSafeInteger(input.amountFen) || input.amountFen <= 0) throw new RangeError(`refund amount ${input.amountFen} must be positive fen`);
    const earlier = await this.payments.refundByRefundId(input.refundId);
    const payment = earlier ? await this.payments.byId(earlier.paymentId) : await this.refundablePayment(input.orderId, input.paymentId);
    if (!payment || payment.orderId !== input.orderId || payment.status !== 'succeeded') throw paymentErrors.notPaid();
    const id = randomUUID();
    const claim = await this.payments.claimRefund(
      { id, paymentId: payment.id, refundId: input.refundId, outRefundNo: id.replace(/-/g, ''), amountFen: input.amountFen },
      payment.amountFen,
    );
    if (!claim.refund) throw paymentErrors.refundConflict(`refund of ${input.amountFen} fen exceeds the ${claim.leftFen} fen left of the payment`);
    const refund = claim.refund;
    if (refund.amountFen !== input.amountFen) throw paymentErrors.refundConflict(`refund ${input.refundId} was already made for ${refund.amountFen} fen`);
    if (refund.status === 'accepted') return;
    await this.provider.refund({ outTradeNo: payment.outTradeNo, outRefundNo: refund.outRefundNo, amountFen: refund.amountFen, totalFen: payment.amountFen, reason: input.reason });
    await this.payments.markRefundAccepted(refund.id);
  }

  /**
   * For the orders module before it cancels an unpaid order: makes its pending payment unpayable. If the
   * provider says it was in fact paid (a notification still on its way), the success is handled here and
   * 'paid' is answered: the order must not be cancelled.
   */
  async closeFor(orderId: string): Promise<'closed' | 'paid' | 'none'> {
    const pending = await this.payments.pendingFor(orderId);
    if (!pending) return 'none';
    return (await this.supersede(pending)) ? 'paid' : 'closed';
  }

  /** The order's pending payment of its current amount, created or reused; null if a race needs another round. */
  private async pendingPayment(order: PayableOrder): Promise<PaymentEntity | null> {
    const pending = await this.payments.pendingFor(order.id);
    if (pending) {
      if (pending.amountFen === order.totalFen && pending.provider === this.provider.name && pending.userId === order.userId) return pending;
      if (await this.supersede(pending)) throw paymentErrors.alreadyPaid();
      return null;
    }
    const id = randomUUID();
    return this.payments.insertPending({
      id,
      orderId: order.id,
      userId: order.userId,
      provider: this.provider.name,
      outTradeNo: id.replace(/-/g, ''),
      amountFen: order.totalFen,
    });
  }

  /** Closes a pending payment at the provider and here; true (and handled as a success) if it had been paid. */
  private async supersede(payment: PaymentEntity): Promise<boolean> {
    if (payment.provider === this.provider.name) {
      const tx = await this.provider.query(payment.outTradeNo);
      if (tx?.state === 'SUCCESS' && tx.amountFen === payment.amountFen) {
        await this.succeed(payment, tx.transactionId);
        return true;
      }
      await this.provider.close(payment.outTradeNo);
    }
    await this.payments.close(payment.id);
    return false;
  }

  /** Records the success once, then tells every handler (again on every repeat: they are idempotent). */
  private async succeed(payment: PaymentEntity, transactionId: string | null): Promise<void> {
    const changed = await this.payments.markSucceeded(payment.id, transactionId, this.clock.now());
    if (changed && payment.status === 'closed') this.log.warn(`payment ${payment.id} succeeded after it was closed`);
    await this.runHandlers(payment);
  }

  private async runHandlers(payment: PaymentEntity): Promise<void> {
    if (this.succeededHandlers.length === 0) throw new Error('no payment handler registered (the orders module calls onSucceeded at boot)');
    for (const handler of this.succeededHandlers) await handler({ paymentId: payment.id, orderId: payment.orderId, amountFen: payment.amountFen });
  }

  private async refundablePayment(orderId: string, paymentId: string | undefined): Promise<PaymentEntity | null> {
    if (paymentId) return this.payments.byId(paymentId);
    return (await this.payments.succeededFor(orderId))[0] ?? null;
  }
}
