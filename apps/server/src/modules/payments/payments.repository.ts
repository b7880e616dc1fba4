import { Injectable } from '@nestjs/common';
import type { PaymentProvider } from '@livemall/shared';
import { DataSource } from 'typeorm';
import { PaymentRefundEntity } from './entities/payment-refund.entity';
import { PaymentEntity } from './entities/payment.entity';

export interface NewPayment {
  id: string;
  orderId: string;
  userId: string;
  provider: PaymentProvider;
  outTradeNo: string;
  amountFen: number;
}

export interface NewRefund {
  id: string;
  paymentId: string;
  refundId: string;
  outRefundNo: string;
  amountFen: number;
}

/** What claiming a refund found: the refund's row (new or from an earlier try), or not enough money left. */
export type RefundClaim = { refund: PaymentRefundEntity } | { refund: null; leftFen: number };

/** Payments and refunds. The conditional statements here are what make concurrent retries safe. */
@Injectable()
export class PaymentsRepository {
  constructor(private readonly db: DataSource) {}

  private get payments() {
    return this.db.getRepository(PaymentEntity);
  }

  private get refunds() {
    return this.db.getRepository(PaymentRefundEntity);
  }

  byId(id: string): Promise<PaymentEntity | null> {
    return this.payments.findOneBy({ id });
  }

  byOutTradeNo(outTradeNo: string): Promise<PaymentEntity | null> {
    return this.payments.findOneBy({ outTradeNo });
  }

  pendingFor(orderId: string): Promise<PaymentEntity | null> {
    return this.payments.findOneBy({ orderId, status: 'pending' });
  }

  /** The order's succeeded payments, first paid first. */
  succeededFor(orderId: string): Promise<PaymentEntity[]> {
    return this.payments.find({ where: { orderId, status: 'succeeded' }, order: { succeededAt: 'ASC', createdAt: 'ASC' } });
  }

  /** Null when the order already has a pending payment (a concurrent start made it first). */
  async insertPending(p: NewPayment): Promise<PaymentEntity | null> {
    const rows: Array<{ id: string }> = await this.db.query(
      `INSERT INTO payments (id, order_id, user_id, provider, out_trade_no, amount_fen, status)
       VALUES ($1, $2, $3, $4, $5, $6, 'pending')
       ON CONFLICT (order_id) WHERE status = 'pending' DO NOTHING RETURNING id`,
      [p.id, p.orderId, p.userId, p.provider, p.outTradeNo, p.amountFen],
    );
    return rows[0] ? this.byId(rows[0].id) : null;
  }

  async setPrepayId(id: string, prepayId: string): Promise<void> {
    await this.payments.update({ id }, { prepayId });
  }

  /** Pending → closed; false if it was no longer pending. */
  async close(id: string): Promise<boolean> {
    const result: [unknown[], number] = await this.db.query(`UPDATE payments SET status = 'closed' WHERE id = $1 AND status = 'pending'`, [id]);
    return result[1] === 1;
  }

  /** Marks the payment succeeded; true only for the call that changed it, so a repeat changes nothing. */
  async markSucceeded(id: string, transactionId: string | null, at: Date): Promise<boolean> {
    const result: [unknown[], number] = await this.db.query(
      `UPDATE payments SET status = 'succeeded', transaction_id = COALESCE($2, transaction_id), succeeded_at = $3
        WHERE id = $1 AND status <> 'succeeded'`,
      [id, transactionId, at],
    );
    return result[1] === 1;
  }

  refundByRefundId(refundId: string): Promise<PaymentRefundEntity | null> {
    return this.refunds.findOneBy({ refundId });
  }

  /**
   * Records a refund of a payment, or finds the one recorded under the same refund id. The payment row is
   * locked so two different refunds racing cannot together send back more than was paid.
   */
  claimRefund(r: NewRefund, paymentAmountFen: number): Promise<RefundClaim> {
    return this.db.transaction(async (m) => {
      await m.query(`SELECT id FROM payments WHERE id = $1 FOR UPDATE`, [r.paymentId]);
      const existing = await m.getRepository(PaymentRefundEntity).findOneBy({ refundId: r.refundId });
      if (existing) return { refund: existing };
      const sums: Array<{ total: string }> = await m.query(
        `SELECT COALESCE(SUM(amount_fen), 0) AS total FROM payment_refunds WHERE payment_id = $1`,
        [r.paymentId],
      );
      const leftFen = paymentAmountFen - Number(sums[0]?.total ?? 0);
      if (r.amountFen > leftFen) return { refund: null, leftFen };
      await m.query(
        `INSERT INTO payment_refunds (id, payment_id, refund_id, out_refund_no, amount_fen, status) VALUES ($1, $2, $3, $4, $5, 'pending')`,
        [r.id, r.paymentId, r.refundId, r.outRefundNo, r.amountFen],
      );
      const created = await m.getRepository(PaymentRefundEntity).findOneBy({ id: r.id });
      if (!created) throw new Error(`refund ${r.id} vanished`);
      return { refund: created };
    });
  }

  async markRefundAccepted(id: string): Promise<void> {
    await this.refunds.update({ id }, { status: 'accepted' });
  }
}
