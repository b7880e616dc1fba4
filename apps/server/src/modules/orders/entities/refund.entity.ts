import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer } from '../../../database/bigint.transformer';
import { OrderEntity } from './order.entity';

/**
 * Money going back: an after-sales request for part of an item (`kind = item`), or a payment the order
 * could not keep (`kind = payment_return`: it arrived after the order was cancelled and the stock was gone,
 * or twice). An approved refund is carried out by a retried job and ledgered once.
 */
@Entity('refunds')
export class RefundEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'refunds_pkey' })
  id: string;

  @Index('refunds_order_id_idx')
  @Column({ name: 'order_id', type: 'uuid' })
  orderId: string;

  @ManyToOne(() => OrderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'refunds_order_id_fkey' })
  order?: OrderEntity;

  @Column({ type: 'varchar', length: 16, default: 'item' })
  kind: 'item' | 'payment_return';

  @Column({ name: 'order_item_id', type: 'uuid', nullable: true })
  orderItemId: string | null;

  /** For a payment return: the payment whose money goes back. */
  @Index('refunds_payment_id_key', { unique: true, where: `"payment_id" IS NOT NULL` })
  @Column({ name: 'payment_id', type: 'uuid', nullable: true })
  paymentId: string | null;

  @Column({ type: 'int', default: 0 })
  quantity: number;

  @Column({ name: 'amount_fen', type: 'bigint', transformer: bigintTransformer })
  amountFen: number;

  @Column({ type: 'varchar', length: 200 })
  reason: string;

  @Column({ type: 'varchar', length: 16 })
  status: 'requested' | 'approved' | 'rejected' | 'refunded';

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  /** Whether the stock comes back when refunded (the goods had not shipped). */
  @Column({ type: 'boolean', default: false })
  restock: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'refunded_at', type: 'timestamptz', nullable: true })
  refundedAt: Date | null;
}
