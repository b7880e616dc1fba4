import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../../database/bigint.transformer';
import { PaymentEntity } from './payment.entity';

/** `pending`: recorded, the provider has not taken it yet (a retry asks again); `accepted`: the provider took it. */
export type RefundStatus = 'pending' | 'accepted';

/** Money sent back from a succeeded payment; several partial refunds may share one payment. */
@Entity('payment_refunds')
@Check('payment_refunds_status_check', `"status" IN ('pending', 'accepted')`)
@Check('payment_refunds_amount_fen_check', `"amount_fen" > 0`)
export class PaymentRefundEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'payment_refunds_pkey' })
  id: string;

  @Index('payment_refunds_payment_id_idx')
  @Column({ name: 'payment_id', type: 'uuid' })
  paymentId: string;

  @ManyToOne(() => PaymentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'payment_id', foreignKeyConstraintName: 'payment_refunds_payment_id_fkey' })
  payment?: PaymentEntity;

  /** The orders module's refund id: a retried refund finds its row and refunds once. */
  @Index('payment_refunds_refund_id_key', { unique: true })
  @Column({ name: 'refund_id', type: 'varchar', length: 64 })
  refundId: string;

  /** Our number for the provider; WeChat refunds once per number, so a repeated request is harmless. */
  @Index('payment_refunds_out_refund_no_key', { unique: true })
  @Column({ name: 'out_refund_no', type: 'varchar', length: 64 })
  outRefundNo: string;

  @Column({ name: 'amount_fen', type: 'bigint', transformer: bigintTransformer })
  amountFen: number;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: RefundStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
