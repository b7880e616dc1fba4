import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PaymentProvider } from '@livemall/shared';
import { bigintTransformer } from '../../../database/bigint.transformer';

export type PaymentStatus = 'pending' | 'succeeded' | 'closed';

/**
 * One attempt to collect an order's total. `order_id` has no foreign key on purpose: the `orders` table
 * belongs to the orders module's migration, and payments must not depend on when that one runs.
 */
@Entity('payments')
@Check('payments_status_check', `"status" IN ('pending', 'succeeded', 'closed')`)
@Check('payments_amount_fen_check', `"amount_fen" > 0`)
// At most one pending payment per order: a retry reuses it, a changed amount closes it first.
@Index('payments_order_id_pending_key', ['orderId'], { unique: true, where: `"status" = 'pending'` })
export class PaymentEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'payments_pkey' })
  id: string;

  @Index('payments_order_id_idx')
  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  /** The buyer: the only one who may confirm a dev payment. */
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 16 })
  provider: PaymentProvider;

  /** Our number for the provider (WeChat allows 6–32 characters); the payment id without dashes. */
  @Index('payments_out_trade_no_key', { unique: true })
  @Column({ name: 'out_trade_no', type: 'varchar', length: 32 })
  outTradeNo: string;

  @Column({ name: 'amount_fen', type: 'bigint', transformer: bigintTransformer })
  amountFen: number;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: PaymentStatus;

  @Column({ name: 'prepay_id', type: 'varchar', length: 64, nullable: true })
  prepayId: string | null;

  /** The provider's own number for the money movement, once it succeeded. */
  @Column({ name: 'transaction_id', type: 'varchar', length: 64, nullable: true })
  transactionId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'succeeded_at', type: 'timestamptz', nullable: true })
  succeededAt: Date | null;
}
